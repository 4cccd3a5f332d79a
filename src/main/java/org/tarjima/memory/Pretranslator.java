package org.tarjima.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.project.PretranslateOnImport;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Fills a document's NEW targets from 100 % matches (a context match first, then approved before translated, then
 * the newest), through {@link TranslationService} with origin TM, so permissions, version checks and history apply
 * as for any save; or, for a project that asks for it, fills a just imported document in bulk ({@link #fillImported}).
 */
@Service
public class Pretranslator {

    private final TmRepository repository;
    private final TmUnitReads reads;
    private final TranslationService translations;
    private final TmAccess access;
    private final ProjectService projects;

    Pretranslator(TmRepository repository, TmUnitReads reads, TranslationService translations, TmAccess access, ProjectService projects) {
        this.repository = repository;
        this.reads = reads;
        this.translations = translations;
        this.access = access;
        this.projects = projects;
    }

    /**
     * What a pre-translation did.
     *
     * @param filled         NEW targets filled
     * @param fromContext    of those, filled from a context (101 %) match
     * @param withoutMatch   NEW targets left alone: no 100 % match
     * @param conflicts      NEW targets someone wrote while this ran, left as they are
     */
    public record Pretranslation(int filled, int fromContext, int withoutMatch, int conflicts) {
    }

    /**
     * Fills the NEW targets of a document in one locale from 100 % matches, as DRAFT or TRANSLATED.
     *
     * @throws IllegalArgumentException when {@code asState} is neither DRAFT nor TRANSLATED
     * @throws NotPermittedException    when the user may not translate the locale
     * @throws NoSuchElementException   when the document does not exist
     */
    @Transactional
    public Pretranslation pretranslate(long documentId, String locale, TargetState asState) {
        if (asState != TargetState.DRAFT && asState != TargetState.TRANSLATED) {
            throw new IllegalArgumentException("Pre-translation fills targets as DRAFT or TRANSLATED, not " + asState);
        }
        List<TmRepository.SegmentInfo> segments = repository.segmentsOfDocument(documentId);
        if (segments.isEmpty()) {
            throw new NoSuchElementException("Document " + documentId + " does not exist or has no segments");
        }
        TmRepository.SegmentInfo any = segments.get(0);
        access.require(Permission.TRANSLATE, any.projectId(), locale);
        List<SegmentRow> fresh = new ArrayList<>();
        translations.forEachRow(documentId, locale, row -> {
            if (row.state() == TargetState.NEW) {
                fresh.add(row);
            }
        });
        int filled = 0;
        int fromContext = 0;
        int conflicts = 0;
        List<Fill> fills = fills(segments, any.sourceLocale(), locale, fresh);
        for (Fill fill : fills) {
            TargetEdit edit = new TargetEdit(fill.row().segmentId(), locale, fill.text(), fill.row().version(), Origin.TM);
            SaveResult result = asState == TargetState.TRANSLATED ? translations.confirm(edit) : translations.saveDraft(edit);
            if (result instanceof SaveResult.Conflict) {
                conflicts++;
            } else {
                filled++;
                fromContext += fill.context() ? 1 : 0;
            }
        }
        int withoutMatch = fresh.size() - fills.size();
        return new Pretranslation(filled, fromContext, withoutMatch, conflicts);
    }

    /**
     * What filling a just imported document did, by the project's {@link PretranslateOnImport} setting.
     *
     * @param filled NEW targets filled, by locale (every target locale of the project, in its order)
     */
    public record ImportFill(PretranslateOnImport mode, Map<String, Integer> filled) {
        public ImportFill {
            filled = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filled));
        }

        public int total() {
            return filled.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Fills the NEW targets of a document imported in this transaction, in every target locale of its project, from
     * 100 % matches, if the project says so ({@link ProjectSummary#pretranslate()}), in the state it names. The fills
     * are stored in bulk as first versions with origin TM, under the importer's (a manager's) authority; targets the
     * file brought along are left as they are.
     *
     * @throws NotPermittedException when the user does not manage the document's project
     */
    @Transactional
    public ImportFill fillImported(long projectId, long documentId) {
        access.requireManager(projectId);
        ProjectSummary project = projects.find(projectId)
                .orElseThrow(() -> new NoSuchElementException("Project " + projectId + " does not exist"));
        PretranslateOnImport mode = project.pretranslate();
        // Most projects leave it off: then the import pays for nothing more than this look at the setting.
        if (mode == PretranslateOnImport.OFF) {
            return new ImportFill(mode, Map.of());
        }
        List<TmRepository.SegmentInfo> segments = repository.segmentsOfDocument(documentId);
        if (segments.isEmpty() || segments.get(0).projectId() != projectId) {
            throw new IllegalArgumentException("Document " + documentId + " is not a document of project " + projectId);
        }
        TmRepository.SegmentInfo any = segments.get(0);
        TargetState state = mode == PretranslateOnImport.TRANSLATED ? TargetState.TRANSLATED : TargetState.DRAFT;
        Map<String, Integer> filled = new LinkedHashMap<>();
        for (String locale : project.targetLocales()) {
            List<SegmentRow> fresh = new ArrayList<>();
            translations.forEachRow(documentId, locale, row -> {
                if (row.state() == TargetState.NEW) {
                    fresh.add(row);
                }
            });
            List<TranslationService.ArrivingTarget> arriving = fills(segments, any.sourceLocale(), locale, fresh).stream()
                    .map(fill -> new TranslationService.ArrivingTarget(fill.row().segmentId(), fill.row().source(),
                            fill.text(), state)).toList();
            filled.put(locale, translations.arriveInNewDocument(documentId, locale, arriving, Origin.TM));
        }
        return new ImportFill(mode, filled);
    }

    /** A NEW target and the text of its best 100 % match, carried over to the segment's codes. */
    private record Fill(SegmentRow row, InlineText text, boolean context) {
    }

    private List<Fill> fills(List<TmRepository.SegmentInfo> segments, String sourceLocale, String locale,
                             List<SegmentRow> fresh) {
        Map<Long, TmRepository.SegmentInfo> bySegment = new HashMap<>();
        segments.forEach(segment -> bySegment.put(segment.segmentId(), segment));
        Map<Long, List<StoredUnit>> exact = reads.exactAll(sourceLocale, locale,
                fresh.stream().map(row -> TmText.exactHash(row.source())).distinct().toList());
        List<Fill> fills = new ArrayList<>();
        for (SegmentRow row : fresh) {
            TmRepository.SegmentInfo segment = bySegment.get(row.segmentId());
            best(row.source(), segment, exact.getOrDefault(TmText.exactHash(row.source()), List.of())).ifPresent(best ->
                    fills.add(new Fill(row, CodeMapping.adapt(best.unit().source(), best.unit().target(), row.source()).text(),
                            best.context())));
        }
        return fills;
    }

    private record Best(StoredUnit unit, boolean context) {
    }

    /** Units come approved first, then newest; a context match wins over both. */
    private static Optional<Best> best(InlineText source, TmRepository.SegmentInfo segment, List<StoredUnit> units) {
        String markers = InlineMarkers.write(source.normalized());
        Long previous = segment == null ? null : TmText.contextHash(segment.previousText());
        Long next = segment == null ? null : TmText.contextHash(segment.nextText());
        StoredUnit first = null;
        for (StoredUnit unit : units) {
            if (!markers.equals(InlineMarkers.write(unit.source().normalized()))) {
                continue;
            }
            if (segment != null && Objects.equals(previous, unit.previousHash()) && Objects.equals(next, unit.nextHash())
                    && (previous != null || next != null)) {
                return Optional.of(new Best(unit, true));
            }
            if (first == null) {
                first = unit;
            }
        }
        return Optional.ofNullable(first).map(unit -> new Best(unit, false));
    }
}
