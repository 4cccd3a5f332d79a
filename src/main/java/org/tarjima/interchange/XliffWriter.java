package org.tarjima.interchange;

import java.io.OutputStream;
import java.util.Iterator;

/** Writes XLIFF; implemented with Okapi in {@code interchange.okapi}. */
public interface XliffWriter {

    /** Writes one {@code <file>} with the units in order; the stream is left open. */
    void write(XliffHeader header, Iterator<XliffUnit> units, OutputStream out);
}
