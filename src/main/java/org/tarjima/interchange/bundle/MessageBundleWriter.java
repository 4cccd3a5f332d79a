package org.tarjima.interchange.bundle;

import java.util.Map;
import org.tarjima.base.text.InlineText;

/** Writes a translated .properties bundle by merging translations into the original file. */
public interface MessageBundleWriter {

    /**
     * The original file byte for byte, except that the value of every key in {@code translations} is replaced by its
     * translation: comments, key order, blank lines, line endings and separators stay as they are. Keys without a
     * translation keep the original's value.
     */
    byte[] merge(byte[] original, String sourceLocale, String targetLocale, Map<String, InlineText> translations);
}
