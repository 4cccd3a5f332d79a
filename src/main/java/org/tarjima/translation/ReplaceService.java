package org.tarjima.translation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search and replace in the translations of a document or of a whole project locale: a preview lists every change,
 * then the changes are applied in one transaction as edits with origin REPLACE (history, TM, live updates as any
 * save). A target a colleague saved since the preview is refused, reported and left as they saved it. A confirmed
 * or approved target stays confirmed (an approved one needs approving again: nobody approved the new text); any
 * other becomes a draft.
 */
@Service
public class ReplaceService {

    private static final Set<TargetState> UNCONFIRMED = EnumSet.of(TargetState.NEW, TargetState.DRAFT, TargetState.REJECTED);

    private final TranslationService translations;

    ReplaceService(TranslationService translations) {
        this.translations = translations;
    }

    /** What was changed and what was refused because a colleague saved the segment since the preview. */
    public record Outcome(List<ReplaceChange> applied, List<ReplaceChange> refused) {
        public Outcome {
            applied = List.copyOf(applied);
            refused = List.copyOf(refused);
        }
    }

    /**
     * Every change the replacement would make in the documents' targets in the locale, in document order.
     *
     * @throws org.tarjima.base.UserInputException          for nothing to find or an invalid regular expression
     * @throws org.tarjima.security.NotPermittedException when the user does not translate the locale
     */
    @Transactional(readOnly = true)
    public List<ReplaceChange> preview(List<Long> documentIds, String locale, Replacement replacement) {
        Pattern pattern = replacement.pattern();
        List<ReplaceChange> changes = new ArrayList<>();
        for (long documentId : documentIds) {
            translations.requireTranslator(documentId, locale);
            translations.forEachRow(documentId, locale, row -> {
                if (row.target().isBlank() || (replacement.onlyUnconfirmed() && !UNCONFIRMED.contains(row.state()))) {
                    return;
                }
                var after = replacement.applyTo(row.target(), pattern);
                if (after != null) {
                    changes.add(new ReplaceChange(documentId, row.segmentId(), row.ordinal(), row.version(), row.state(),
                            row.target(), after));
                }
            });
        }
        return changes;
    }

    /** Applies changes a preview listed, each only if its target is still the version previewed. One transaction. */
    @Transactional
    public Outcome apply(String locale, List<ReplaceChange> previewed) {
        List<ReplaceChange> applied = new ArrayList<>();
        List<ReplaceChange> refused = new ArrayList<>();
        for (ReplaceChange change : previewed) {
            TargetEdit edit = new TargetEdit(change.segmentId(), locale, change.after(), change.version(), Origin.REPLACE);
            boolean confirmed = (change.state() == TargetState.TRANSLATED || change.state() == TargetState.APPROVED)
                    && !change.after().isBlank();
            SaveResult result = confirmed ? translations.confirm(edit) : translations.saveDraft(edit);
            (result instanceof SaveResult.Saved ? applied : refused).add(change);
        }
        return new Outcome(applied, refused);
    }

    /** Preview and apply at once, in one transaction (the REST API without a preview). */
    @Transactional
    public Outcome replace(List<Long> documentIds, String locale, Replacement replacement) {
        return apply(locale, preview(documentIds, locale, replacement));
    }
}
