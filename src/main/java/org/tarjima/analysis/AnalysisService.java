package org.tarjima.analysis;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.i18n.Message;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.Progress;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Analyses documents against the translation memory as the editor sees it now: each segment not yet done is looked up
 * like the editor's TM panel does ({@link TranslationMemory#bestScores}: its neighbours as context for 101 %, never
 * its own unit), and counted in the band of its best match; a source already counted (same text and codes) counts
 * as a repetition instead, across the whole analysis; TRANSLATED and APPROVED segments are work already done.
 */
@Service
public class AnalysisService {

    /**
     * Analyses of more segments than this run as a job in the UI: about a second of lookups on our two cores (see
     * {@code AnalysisBenchmark} in docs/PERFORMANCE.md).
     */
    public static final int JOB_ABOVE_SEGMENTS = 200;

    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationService translations;
    private final TranslationMemory memory;
    private final RateCardService cards;
    private final AccessPolicy access;
    private final JobService jobs;
    private final Clock clock;

    AnalysisService(ProjectService projects, DocumentService documents, TranslationService translations,
                    TranslationMemory memory, RateCardService cards, AccessPolicy access, JobService jobs, Clock clock) {
        this.projects = projects;
        this.documents = documents;
        this.translations = translations;
        this.memory = memory;
        this.cards = cards;
        this.access = access;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * The analysis of one document in the given target locales (none: all the project's).
     *
     * @throws NoSuchElementException   when the document does not exist
     * @throws IllegalArgumentException when a locale is not one of the project's target locales
     * @throws NotPermittedException    when the user may not see one of the locales
     */
    @Transactional(readOnly = true)
    public Analysis analyzeDocument(long documentId, List<String> locales, Progress progress) {
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        ProjectSummary project = project(document.projectId());
        return analyze(project, List.of(document), document.id(), document.name(), locales, progress);
    }

    /**
     * The analysis of some of a project's documents (none: all of them) in the given target locales (none: all),
     * repetitions counted across the documents.
     *
     * @throws NoSuchElementException   when the project does not exist
     * @throws IllegalArgumentException when a document is not the project's or a locale not one of its target locales
     * @throws NotPermittedException    when the user may not see one of the locales
     */
    @Transactional(readOnly = true)
    public Analysis analyzeProject(long projectId, List<Long> documentIds, List<String> locales, Progress progress) {
        ProjectSummary project = project(projectId);
        List<DocumentSummary> chosen = new ArrayList<>();
        if (documentIds.isEmpty()) {
            chosen.addAll(documents.documents(projectId));
        } else {
            for (long id : documentIds) {
                chosen.add(documents.find(id).filter(d -> d.projectId() == projectId).orElseThrow(() ->
                        new IllegalArgumentException("Document " + id + " is not in project '" + project.name() + "'")));
            }
        }
        return analyze(project, chosen, null, project.name(), locales, progress);
    }

    /**
     * Runs {@link #analyzeDocument} ({@code documentId}) or {@link #analyzeProject} (null) as a job with progress, listed
     * with the project's jobs: a caller waits {@link JobService#SHOW_AS_JOB_AFTER} for it and shows it when ready.
     */
    public JobService.JobHandle<Analysis> submit(long projectId, Long documentId, List<String> locales, Message title,
                                                 Function<Analysis, Message> outcome) {
        return jobs.submit(projectId, title, progress -> documentId == null
                ? analyzeProject(projectId, List.of(), locales, progress)
                : analyzeDocument(documentId, locales, progress), outcome, null);
    }

    private ProjectSummary project(long projectId) {
        return projects.find(projectId)
                .orElseThrow(() -> new NoSuchElementException("Project " + projectId + " does not exist"));
    }

    private Analysis analyze(ProjectSummary project, List<DocumentSummary> chosen, Long documentId, String title,
                             List<String> locales, Progress progress) {
        // Permission first: a translator's view of the project lists only their locales, and another is forbidden, not unknown.
        for (String locale : locales == null ? List.<String>of() : locales) {
            access.require(Permission.VIEW, project.id(), LocaleTag.canonical(locale));
        }
        List<String> targets = targets(project, locales);
        for (String locale : targets) {
            access.require(Permission.VIEW, project.id(), locale);
        }
        long segments = chosen.stream().mapToLong(DocumentSummary::segmentCount).sum();
        progress.total(segments * targets.size());
        RateCard card = cards.effective(project.id());
        boolean withCosts = cards.maySeeCosts(project.id());
        long[] done = {0};
        List<LocaleAnalysis> result = new ArrayList<>();
        for (String locale : targets) {
            Tally tally = new Tally();
            List<Long> withSegments = new ArrayList<>();
            for (DocumentSummary document : chosen) {
                if (document.segmentCount() > 0) {
                    tally.document(document.id(), locale, progress, done);
                    withSegments.add(document.id());
                }
            }
            tally.lookUp(withSegments, locale, progress, done);
            BigDecimal weighted = card.weigh(tally.bands, tally.repetitions);
            result.add(new LocaleAnalysis(locale, tally.bands, tally.repetitions, tally.done, weighted,
                    withCosts ? new LocaleAnalysis.Cost(card.cost(weighted), card.currency()) : null));
        }
        return new Analysis(project.id(), documentId, title, project.sourceLocale(), result, withCosts ? card : null,
                clock.instant());
    }

    private static List<String> targets(ProjectSummary project, List<String> locales) {
        if (locales == null || locales.isEmpty()) {
            return project.targetLocales();
        }
        List<String> targets = new ArrayList<>();
        for (String locale : locales) {
            String tag = LocaleTag.canonical(locale);
            if (!project.targetLocales().contains(tag)) {
                throw new IllegalArgumentException("'" + locale + "' is not a target locale of project '" + project.name()
                        + "': " + String.join(", ", project.targetLocales()));
            }
            if (!targets.contains(tag)) {
                targets.add(tag);
            }
        }
        return targets;
    }

    /** The counts of one locale as its documents are gone through; the sources seen so far make repetitions. */
    private final class Tally {
        private final Map<MatchBand, Counts> bands = new EnumMap<>(MatchBand.class);
        private Counts repetitions = Counts.ZERO;
        private Counts done = Counts.ZERO;
        private final Set<String> seen = new HashSet<>();

        Tally() {
            for (MatchBand band : MatchBand.values()) {
                bands.put(band, Counts.ZERO);
            }
        }

        /** Only the words of the segments still to look up are kept: a large document is not held in memory. */
        private final Map<Long, Integer> pending = new LinkedHashMap<>();

        void document(long documentId, String locale, Progress progress, long[] advanced) {
            translations.forEachRow(documentId, locale, row -> {
                if (row.state() == TargetState.TRANSLATED || row.state() == TargetState.APPROVED) {
                    done = done.plus(row.words());
                    advanced[0]++;
                } else if (!seen.add(InlineMarkers.write(row.source().normalized()))) {
                    repetitions = repetitions.plus(row.words());
                    advanced[0]++;
                } else {
                    pending.put(row.segmentId(), row.words());
                }
            });
            progress.advance(advanced[0]);
        }

        /** The segments still to look up, of all the documents at once (the TM may be read through once for all). */
        void lookUp(List<Long> documentIds, String locale, Progress progress, long[] advanced) {
            if (pending.isEmpty()) {
                return;
            }
            Map<Long, Integer> scores = memory.bestScores(documentIds, locale, pending::containsKey,
                    () -> progress.advance(++advanced[0]));
            pending.forEach((segment, words) ->
                    bands.merge(MatchBand.of(scores.getOrDefault(segment, 0)), Counts.ZERO.plus(words), Tally::sum));
        }

        private static Counts sum(Counts a, Counts b) {
            return new Counts(a.segments() + b.segments(), a.words() + b.words());
        }
    }
}
