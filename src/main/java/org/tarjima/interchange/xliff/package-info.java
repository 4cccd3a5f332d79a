/**
 * XLIFF 1.2 and 2.x: the precheck and the rewritten copy the readers get (CheckedXliff), a vendor's file back into a document, another tool's file as a new document, and the export with what it sent.
 */
package org.tarjima.interchange.xliff;
