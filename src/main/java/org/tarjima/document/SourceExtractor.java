package org.tarjima.document;

/** Reads an article in one of the {@link SourceFormat}s into blocks and sentence segments. */
public interface SourceExtractor {

    /**
     * @param content      the file as uploaded
     * @param format       its format
     * @param sourceLocale BCP 47 tag of the article's language, for language-aware segmentation
     * @throws DocumentImportException when the file cannot be read as that format
     */
    ExtractedArticle extract(byte[] content, SourceFormat format, String sourceLocale);
}
