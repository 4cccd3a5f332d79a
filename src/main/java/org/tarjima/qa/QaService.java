package org.tarjima.qa;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.spelling.SpellingService;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.CurrentUser;
import org.tarjima.security.Permission;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Runs the QA checks: on the text a translator is typing (not stored), over a whole document in one locale (the
 * report and the sign-off gate), and keeps the warnings people marked as ignored. Anyone who may see a locale may
 * see its findings; translators and reviewers of the locale may ignore a warning. Errors cannot be ignored.
 */
@Service
public class QaService {

    private final QaRepository repository;
    private final QaChecks checks;
    private final TranslationService translations;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final QaFindingsCache cache;

    private final SpellingService spelling;

    QaService(QaRepository repository, QaChecks checks, TranslationService translations, AccessPolicy access,
              CurrentUser currentUser, Clock clock, QaFindingsCache cache, SpellingService spelling) {
        this.spelling = spelling;
        this.repository = repository;
        this.checks = checks;
        this.translations = translations;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.cache = cache;
    }

    /**
     * The findings for a text as it is being typed into a segment; nothing is stored. Ignore marks made for this
     * very text come with them.
     *
     * @throws NoSuchElementException when the segment does not exist
     * @throws IllegalArgumentException when the locale is not one of the project's
     */
    @Transactional(readOnly = true)
    public List<QaResult> check(long segmentId, String locale, InlineText target) {
        QaRepository.SegmentContext segment = segment(segmentId, locale);
        access.require(Permission.VIEW, segment.document().projectId(), locale);
        boolean confirmed = segment.targetState() != null && TargetState.valueOf(segment.targetState()).isConfirmed();
        InlineText text = target.normalized();
        QaSubject subject = subject(segment.document(), segmentId, segment.source(), text, locale, confirmed,
                repository.identicalAllowed(segment.document().projectId()));
        return results(segmentId, segment.ordinal(), checks.run(subject), InlineMarkers.write(text),
                repository.ignores(segmentId, locale));
    }

    /**
     * The findings of every target of a document in one locale, in document order; targets nobody has written yet
     * are skipped. Reads the document page by page.
     */
    @Transactional(readOnly = true)
    public QaReport report(long documentId, String locale) {
        QaRepository.DocumentContext document = repository.document(documentId, locale)
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        access.require(Permission.VIEW, document.projectId(), locale);
        StoredChecks stored = new StoredChecks(document, locale);
        List<QaResult> results = new ArrayList<>();
        Map<Long, String> targets = new java.util.HashMap<>();
        int[] checked = {0};
        translations.forEachRow(documentId, locale, row -> {
            if (!StoredChecks.checked(row)) {
                return;
            }
            checked[0]++;
            List<QaResult> found = stored.of(row);
            if (!found.isEmpty()) {
                targets.put(row.segmentId(), row.target().plainText());
                results.addAll(found);
            }
        });
        return new QaReport(documentId, locale, checked[0], results, targets);
    }

    /**
     * The findings of the stored targets of some rows of a document (the editor's badges for a page of rows), by
     * segment; rows nobody has written yet have none. Computed once per target version, like the report's.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<QaResult>> findingsOf(long documentId, String locale, List<SegmentRow> rows) {
        QaRepository.DocumentContext document = repository.document(documentId, locale)
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        access.require(Permission.VIEW, document.projectId(), locale);
        StoredChecks stored = new StoredChecks(document, locale);
        Map<Long, List<QaResult>> findings = new java.util.HashMap<>();
        for (SegmentRow row : rows) {
            if (StoredChecks.checked(row)) {
                findings.put(row.segmentId(), stored.of(row));
            }
        }
        return findings;
    }

    /** Checks stored targets of one document and locale with its settings and ignore marks, through the cache. */
    private final class StoredChecks {
        private final QaRepository.DocumentContext document;
        private final String locale;
        private final Set<String> allowed;
        private final String settingsKey;
        private final Map<Long, List<QaRepository.StoredIgnore>> ignores;

        StoredChecks(QaRepository.DocumentContext document, String locale) {
            this.document = document;
            this.locale = locale;
            this.allowed = repository.identicalAllowed(document.projectId());
            // Findings also depend on the spelling word lists: a word added to the dictionary must leave the report.
            this.settingsKey = document.lengthLimit() + "|" + allowed.hashCode() + "|"
                    + spelling.wordListRevision(document.projectId(), locale);
            this.ignores = repository.ignoresOfDocument(document.documentId(), locale);
        }

        /** Whether a row is checked at all: it has a translation, or a confirmed state. */
        static boolean checked(SegmentRow row) {
            return !row.target().isBlank() || row.state().isConfirmed();
        }

        List<QaResult> of(SegmentRow row) {
            List<QaFinding> findings = cache.findings(row.segmentId(), locale, row.version(), settingsKey,
                    () -> checks.run(subject(document, row, locale, allowed)));
            return findings.isEmpty() ? List.of() : results(row.segmentId(), row.ordinal(), findings,
                    InlineMarkers.write(row.target()), ignores.getOrDefault(row.segmentId(), List.of()));
        }
    }

    /** How many errors the locale's targets have: any error blocks the sign-off. */
    @Transactional(readOnly = true)
    public int openErrors(long documentId, String locale) {
        return report(documentId, locale).errors();
    }

    /**
     * Marks a warning of the stored target as ignored, with a reason; the mark holds while the target reads the same.
     *
     * @throws QaIgnoreRefusedException when the check reports an error, or no warning at all, on the target
     * @throws IllegalArgumentException when the reason is empty or longer than {@link QaIgnore#REASON_MAX_LENGTH}
     */
    @Transactional
    public QaIgnore ignore(long segmentId, String locale, String checkId, String reason) {
        QaRepository.SegmentContext segment = segment(segmentId, locale);
        return ignore(segment, locale, checkId, reason, segment.target());
    }

    /**
     * Marks a warning of the text being typed as ignored (the editor's panel); like {@link #ignore(long, String, String,
     * String)} but for this text, so the mark holds once the text is saved.
     */
    @Transactional
    public QaIgnore ignore(long segmentId, String locale, String checkId, String reason, InlineText text) {
        return ignore(segment(segmentId, locale), locale, checkId, reason, text.normalized());
    }

    private QaIgnore ignore(QaRepository.SegmentContext segment, String locale, String checkId, String reason, InlineText text) {
        requireMayIgnore(segment.document().projectId(), locale);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > QaIgnore.REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("An ignored warning needs a reason of 1 to " + QaIgnore.REASON_MAX_LENGTH
                    + " characters");
        }
        QaCheck check = checks.find(checkId).orElseThrow(() -> new NoSuchElementException("There is no QA check " + checkId));
        boolean confirmed = segment.targetState() != null && TargetState.valueOf(segment.targetState()).isConfirmed();
        List<QaFinding> findings = check.check(subject(segment.document(), segment.segmentId(), segment.source(), text, locale,
                confirmed, repository.identicalAllowed(segment.document().projectId())));
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            throw new QaIgnoreRefusedException("qa.ignoreRefused.error",
                    "Check " + checkId + " reports an error on this target; errors are fixed, not ignored");
        }
        if (findings.isEmpty()) {
            throw new QaIgnoreRefusedException("qa.ignoreRefused.nothing",
                    "Check " + checkId + " reports no warning on this target; there is nothing to ignore");
        }
        // PostgreSQL keeps microseconds: the returned mark equals the stored one.
        QaIgnore ignore = new QaIgnore(segment.segmentId(), locale, checkId, segment.targetVersion(), why,
                currentUser.username(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        repository.insertIgnore(ignore, InlineMarkers.write(text));
        return ignore;
    }

    /** Every ignore mark ever made on a segment in a locale, oldest first. */
    @Transactional(readOnly = true)
    public List<QaIgnore> ignoreHistory(long segmentId, String locale) {
        QaRepository.SegmentContext segment = segment(segmentId, locale);
        access.require(Permission.VIEW, segment.document().projectId(), locale);
        return repository.ignores(segmentId, locale).stream().map(QaRepository.StoredIgnore::ignore).toList();
    }

    /** Whether the signed-in user may ignore warnings in this locale of the segment's project. */
    @Transactional(readOnly = true)
    public boolean mayIgnore(long segmentId, String locale) {
        long projectId = segment(segmentId, locale).document().projectId();
        return access.may(Permission.TRANSLATE, projectId, locale) || access.may(Permission.REVIEW, projectId, locale);
    }

    /** The checks there are, by id, for filters. */
    public List<QaCheckInfo> checks() {
        return checks.all().stream().map(c -> new QaCheckInfo(c.id(), c.severity())).toList();
    }

    /** A check's id and the most severe finding it reports. */
    public record QaCheckInfo(String id, Severity severity) {
    }

    /** The document's QA settings (a manager's). */
    @Transactional(readOnly = true)
    public QaSettings settings(long documentId) {
        QaRepository.DocumentContext document = repository.document(documentId, "")
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        access.require(Permission.VIEW, document.projectId(), null);
        return new QaSettings(document.lengthLimit(), repository.identicalAllowed(document.projectId()));
    }

    /**
     * Sets the most characters a target of the document may have, or removes the limit (null).
     *
     * @throws IllegalArgumentException when the limit is not positive
     */
    @Transactional
    public void setLengthLimit(long documentId, Integer limit) {
        QaRepository.DocumentContext document = repository.document(documentId, "")
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        access.require(Permission.MANAGE, document.projectId(), null);
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("A length limit is a positive number of characters");
        }
        repository.saveLengthLimit(documentId, limit, currentUser.username(), clock.instant());
    }

    /**
     * Lets a text stay untranslated in the project (a name, a brand): the identical-target check accepts it.
     *
     * @throws IllegalArgumentException when the text is empty or longer than {@link QaSettings#ALLOWED_TEXT_MAX_LENGTH}
     */
    @Transactional
    public void allowIdentical(long projectId, String text) {
        access.require(Permission.MANAGE, projectId, null);
        String allowed = text == null ? "" : text.strip();
        if (allowed.isEmpty() || allowed.length() > QaSettings.ALLOWED_TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("A text to allow has 1 to " + QaSettings.ALLOWED_TEXT_MAX_LENGTH + " characters");
        }
        repository.insertIdenticalAllowed(projectId, allowed, currentUser.username(), clock.instant());
    }

    /** Takes a text off the project's list of texts that may stay untranslated. */
    @Transactional
    public void disallowIdentical(long projectId, String text) {
        access.require(Permission.MANAGE, projectId, null);
        repository.deleteIdenticalAllowed(projectId, text == null ? "" : text.strip());
    }

    private void requireMayIgnore(long projectId, String locale) {
        if (!access.may(Permission.REVIEW, projectId, locale)) {
            access.require(Permission.TRANSLATE, projectId, locale);
        }
    }

    private QaRepository.SegmentContext segment(long segmentId, String locale) {
        QaRepository.SegmentContext segment = repository.segment(segmentId, locale)
                .orElseThrow(() -> new NoSuchElementException("Segment " + segmentId + " does not exist"));
        if (!segment.document().localeOfProject()) {
            access.require(Permission.VIEW, segment.document().projectId(), null);
            throw new IllegalArgumentException("Locale " + locale + " is not a target locale of this project");
        }
        return segment;
    }

    private static QaSubject subject(QaRepository.DocumentContext document, SegmentRow row, String locale, Set<String> allowed) {
        return subject(document, row.segmentId(), row.source(), row.target(), locale, row.state().isConfirmed(), allowed);
    }

    private static QaSubject subject(QaRepository.DocumentContext document, long segmentId, InlineText source,
                                     InlineText target, String locale, boolean confirmed, Set<String> allowed) {
        return new QaSubject(document.projectId(), document.documentId(), segmentId, source, target,
                document.sourceLocale(), locale, confirmed, new QaSettings(document.lengthLimit(), allowed));
    }

    /** Findings with the ignore mark that holds for this text: the latest one of the check made for the same text. */
    private static List<QaResult> results(long segmentId, int ordinal, List<QaFinding> findings, String text,
                                          List<QaRepository.StoredIgnore> ignores) {
        List<QaResult> results = new ArrayList<>();
        for (QaFinding finding : findings) {
            Optional<QaIgnore> ignored = Optional.empty();
            if (finding.severity() == Severity.WARNING) {
                for (QaRepository.StoredIgnore stored : ignores) {
                    if (stored.ignore().checkId().equals(finding.checkId()) && stored.targetText().equals(text)) {
                        ignored = Optional.of(stored.ignore());
                    }
                }
            }
            results.add(new QaResult(segmentId, ordinal, finding, ignored));
        }
        return results;
    }
}
