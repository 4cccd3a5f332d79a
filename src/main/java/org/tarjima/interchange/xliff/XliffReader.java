package org.tarjima.interchange.xliff;

import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import java.util.List;

/** Reads the units of an XLIFF file that passed {@link XliffPrecheck}; implemented with Okapi. */
public interface XliffReader {

    /** Whether this reader reads files of the given XLIFF version (from the precheck). */
    boolean reads(String version);

    /**
     * Streams the file's units to {@code each}, one at a time, so memory does not grow with the file.
     *
     * @throws InterchangeException when the file cannot be read as XLIFF
     */
    void read(XliffSource file, XliffHeader header, java.util.function.Consumer<XliffUnit> each);

    /**
     * Reads every unit of every {@code <file>} with its segmentation, for importing a file from another
     * tool as a new document.
     *
     * @throws InterchangeException when the file cannot be read as XLIFF
     */
    default List<XliffTextUnit> readDocument(XliffSource file, XliffHeader header) {
        List<XliffTextUnit> units = new java.util.ArrayList<>();
        readDocument(file, header, units::add);
        return units;
    }

    /**
     * As {@link #readDocument(XliffSource, XliffHeader)}, streaming the units to {@code each} one at a time, so
     * memory does not grow with the file (a large import writes them as they come).
     */
    void readDocument(XliffSource file, XliffHeader header, java.util.function.Consumer<XliffTextUnit> each);
}
