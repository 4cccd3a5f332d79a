package org.tarjima.interchange.bundle;

import org.tarjima.interchange.InterchangeException;

/** Reads a .properties message bundle (UTF-8, ICU MessageFormat values) key by key. */
public interface MessageBundleReader {

    /**
     * @param locale BCP 47 tag of the bundle's language
     * @throws InterchangeException with the line and the reason when the file is not a well-formed UTF-8 bundle
     *                              (bytes that are not UTF-8, a key given twice, a broken \\u escape, a value that
     *                              continues past the end of the file)
     */
    MessageBundle read(byte[] content, String locale);
}
