package org.tarjima.interchange.xliff;

import java.io.OutputStream;
import java.util.Iterator;

/** Writes XLIFF; implemented with Okapi in {@code interchange.okapi}. */
public interface XliffWriter {

    /** The XLIFF version this writer produces, e.g. {@code 1.2} or {@code 2.1}. */
    String version();

    /** Writes one {@code <file>} with the units in order; the stream is left open. */
    void write(XliffHeader header, Iterator<XliffUnit> units, OutputStream out);
}
