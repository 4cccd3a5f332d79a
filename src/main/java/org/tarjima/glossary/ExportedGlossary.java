package org.tarjima.glossary;

/** A glossary as a file to download. */
public record ExportedGlossary(String fileName, String mediaType, byte[] content) {
}
