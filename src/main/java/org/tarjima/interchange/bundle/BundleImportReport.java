package org.tarjima.interchange.bundle;

import java.util.List;
import org.tarjima.translation.TargetState;

/**
 * What uploading a translated bundle did to one locale of a bundle document.
 *
 * @param state        the state the file's values arrived in: DRAFT when its opening comment says DRAFT, else TRANSLATED
 * @param filled       keys whose empty target the file filled
 * @param updated      keys whose target the file replaced with a different text
 * @param unchanged    keys whose target already had the file's text
 * @param keptApproved keys whose approved target differs from the file and was kept (a reviewer's word stands)
 * @param missingKeys  keys of the document that the file lacks or leaves empty (their targets are left as they are)
 * @param extraKeys    keys the file has but the document does not (ignored)
 */
public record BundleImportReport(long documentId, String locale, TargetState state, int filled, int updated,
                                 int unchanged, int keptApproved, List<String> missingKeys, List<String> extraKeys) {

    public BundleImportReport {
        missingKeys = List.copyOf(missingKeys);
        extraKeys = List.copyOf(extraKeys);
    }
}
