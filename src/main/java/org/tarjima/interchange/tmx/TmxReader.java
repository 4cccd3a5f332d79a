package org.tarjima.interchange.tmx;

import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import java.util.function.Consumer;

/** Reads the units of a TMX file that passed {@link TmxPrecheck}; implemented with Okapi. */
public interface TmxReader {

    /**
     * Streams the file's units that have both languages of the pair, one at a time.
     *
     * @throws InterchangeException when the file cannot be read as TMX
     */
    void read(XliffSource file, String sourceLocale, String targetLocale, Consumer<TmxUnit> each);

    /**
     * As {@link #read(XliffSource, String, String, Consumer)}, for a file in the encoding its precheck found
     * ({@link TmxPrecheck.TmxHeader#encoding()}: declared, or from its byte order mark).
     */
    void read(XliffSource file, String encoding, String sourceLocale, String targetLocale, Consumer<TmxUnit> each);
}
