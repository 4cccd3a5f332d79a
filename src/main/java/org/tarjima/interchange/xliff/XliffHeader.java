package org.tarjima.interchange.xliff;

/**
 * What a Tarjima XLIFF file says about itself: the document, the languages, and which export it
 * came from, so that a returned file can be matched with the versions that were sent.
 *
 * @param exportId null for a file that Tarjima did not write
 * @param files    how many {@code <file>} elements the file has (known from the precheck before the units are read)
 * @param units    how many units it has, all files together (from the precheck; 0 in a header to write)
 */
public record XliffHeader(String version, String documentName, String sourceLocale, String targetLocale, Long exportId,
                          boolean signedOff, int files, int units) {

    /**
     * @param signedOff the locale is signed off in Tarjima: approved units are written as {@code final}
     */
    public XliffHeader {
    }

    /** A header to write, of one {@code <file>}. */
    public XliffHeader(String version, String documentName, String sourceLocale, String targetLocale, Long exportId,
                       boolean signedOff) {
        this(version, documentName, sourceLocale, targetLocale, exportId, signedOff, 1, 0);
    }

    /** A header as read from a file of one {@code <file>} (sign-off is Tarjima's own business, not a file's). */
    public XliffHeader(String version, String documentName, String sourceLocale, String targetLocale, Long exportId) {
        this(version, documentName, sourceLocale, targetLocale, exportId, false, 1, 0);
    }

    /**
     * This header with the target locale the import uses, for a file that names none (the readers read its
     * translations as that locale's); unchanged when the file names one or {@code locale} is null.
     */
    public XliffHeader withTargetLocale(String locale) {
        return targetLocale != null || locale == null ? this
                : new XliffHeader(version, documentName, sourceLocale, locale, exportId, signedOff, files, units);
    }

    /** Marks our export reference in the file header's {@code <note from="tarjima">}. */
    public static final String EXPORT_NOTE_PREFIX = "tarjima-export:";

    /** XLIFF 2 has no header notes: our export reference is an attribute in our namespace on {@code <xliff>}. */
    public static final String NAMESPACE = "urn:tarjima:xliff";
    public static final String EXPORT_ATTRIBUTE = "export";
}
