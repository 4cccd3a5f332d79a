package org.tarjima.interchange.tmx;

import java.io.OutputStream;

/** Writes TMX 1.4b; implemented with Okapi in {@code interchange.okapi}. */
public interface TmxWriter {

    /** Starts a TMX document for one language pair on the stream, which is left open when the output closes. */
    Output open(String sourceLocale, String targetLocale, OutputStream out);

    /** A TMX document being written unit by unit, so a large TM is never held in memory. */
    interface Output extends AutoCloseable {
        void write(TmxUnit unit);

        /** Ends the document. */
        @Override
        void close();
    }
}
