package org.tarjima.document;

import java.util.function.IntFunction;
import org.tarjima.base.text.InlineText;

/**
 * Writes the translated article in its own format: the uploaded original read again with the same reader and
 * segmentation as at import, each segment's text replaced by its translation, written by the format's own writer.
 */
public interface DocumentMerger {

    /**
     * @param original     the file as uploaded
     * @param targets      the translation of the segment with this ordinal (1-based, as stored), or null to keep the
     *                     source text
     * @param segmentCount the number of segments stored for the document, which the walk must find again
     * @param segmentation how the import split the units ({@link ExtractedArticle#segmentation()}), or null to split
     *                     them again
     * @return the translated file; its language set to the target locale where the format has one
     * @throws IllegalStateException when the original no longer reads into the stored segments (another reader
     *                               version): the file would come out wrong
     */
    byte[] merge(byte[] original, SourceFormat format, String sourceLocale, String targetLocale, int segmentCount,
                 String segmentation, IntFunction<InlineText> targets);
}
