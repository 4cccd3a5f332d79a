package org.tarjima.interchange.xliff;

/** A file ready for download. */
public record ExportedFile(String fileName, String mediaType, byte[] content, long exportId, int units) {
}
