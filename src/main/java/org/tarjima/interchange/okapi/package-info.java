/** Small adapters around Okapi filters and the SRX segmenter, one per direction and format. */
package org.tarjima.interchange.okapi;
