package org.tarjima.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.Permission;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/**
 * Fills a document's NEW targets from 100 % matches (a context match first, then approved before translated, then
 * the newest), through {@link TranslationService} with origin TM, so permissions, version checks and history apply
 * as for any save.
 */
@Service
public class Pretranslator {

    private final TmRepository repository;
    private final TranslationService translations;
    private final TmAccess access;

    Pretranslator(TmRepository repository, TranslationService translations, TmAccess access) {
        this.repository = repository;
        this.translations = translations;
        this.access = access;
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
        Map<Long, TmRepository.SegmentInfo> bySegment = new HashMap<>();
        segments.forEach(segment -> bySegment.put(segment.segmentId(), segment));
        Map<Long, List<StoredUnit>> exact = repository.exactAll(any.sourceLocale(), locale,
                fresh.stream().map(row -> TmText.exactHash(row.source())).distinct().toList());
        int filled = 0;
        int fromContext = 0;
        int withoutMatch = 0;
        int conflicts = 0;
        for (SegmentRow row : fresh) {
            TmRepository.SegmentInfo segment = bySegment.get(row.segmentId());
            Optional<Best> best = best(row.source(), segment, exact.getOrDefault(TmText.exactHash(row.source()), List.of()));
            if (best.isEmpty()) {
                withoutMatch++;
                continue;
            }
            InlineText text = CodeMapping.adapt(best.get().unit().source(), best.get().unit().target(), row.source()).text();
            TargetEdit edit = new TargetEdit(row.segmentId(), locale, text, row.version(), Origin.TM);
            SaveResult result = asState == TargetState.TRANSLATED ? translations.confirm(edit) : translations.saveDraft(edit);
            if (result instanceof SaveResult.Conflict) {
                conflicts++;
            } else {
                filled++;
                fromContext += best.get().context() ? 1 : 0;
            }
        }
        return new Pretranslation(filled, fromContext, withoutMatch, conflicts);
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
