/**
 * TMX: the precheck (encoding, no entities) and the reader and writer interfaces the translation memory uses.
 */
package org.tarjima.interchange.tmx;
