package org.tarjima.interchange;

import java.util.function.Consumer;

/** Reads the units of a TMX file that passed {@link TmxPrecheck}; implemented with Okapi. */
public interface TmxReader {

    /**
     * Streams the file's units that have both languages of the pair, one at a time.
     *
     * @throws InterchangeException when the file cannot be read as TMX
     */
    void read(XliffSource file, String sourceLocale, String targetLocale, Consumer<TmxUnit> each);
}
