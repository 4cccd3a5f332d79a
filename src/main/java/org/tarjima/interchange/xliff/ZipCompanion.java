package org.tarjima.interchange.xliff;

import java.util.List;

/**
 * Files another feature puts beside the XLIFF files of a zip export, at the zip's top level: the match analysis that a
 * vendor quotes from goes out with the files it describes. Published here so that interchange knows no feature that
 * adds to its zips.
 */
public interface ZipCompanion {

    /** A file for the zip: its name at the top level and its bytes. */
    record CompanionFile(String name, byte[] content) {
    }

    /**
     * The files for an export of these documents (all of the project's when empty) in these locales (all when empty),
     * made in the export's transaction by the user exporting.
     */
    List<CompanionFile> files(long projectId, List<Long> documentIds, List<String> locales);
}
