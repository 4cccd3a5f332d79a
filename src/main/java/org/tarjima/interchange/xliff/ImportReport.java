package org.tarjima.interchange.xliff;

import java.util.List;

/**
 * The outcome of checking (preview) or applying a returned XLIFF file.
 *
 * @param applied whether the changes were written (false for a preview or a rejected file)
 */
public record ImportReport(long documentId, String locale, Long exportId, boolean applied, int changed, int unchanged,
                           int conflicts, int conflictsTaken, int rejected, List<ImportFinding> findings) {

    /** A file with any blocking finding is rejected whole. */
    public boolean rejectedFile() {
        return rejected > 0;
    }
}
