package org.tarjima.interchange.translated;

/**
 * A translated document (or a zip of them) to download.
 *
 * @param segments         the segments it has
 * @param fallbackSegments those that kept their source text, having no translation far enough along
 */
public record TranslatedFile(String fileName, String mediaType, byte[] content, int segments, int fallbackSegments) {
}
