package org.tarjima.interchange;

import java.util.List;

/** Reads the units of an XLIFF file that passed {@link XliffPrecheck}; implemented with Okapi. */
public interface XliffReader {

    /** @throws InterchangeException when the file cannot be read as XLIFF */
    List<XliffUnit> read(byte[] file, XliffHeader header);
}
