package org.tarjima.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tarjima.translation.TargetChanged;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TargetsArrived;

/**
 * Keeps the TM in step with the targets, inside the transaction of every change (so a change and its TM entry
 * commit or roll back together): a TRANSLATED or APPROVED target is one unit of its language pair, updated
 * on every edit; a target that goes back to NEW, DRAFT or REJECTED leaves the TM.
 */
@Component
class TmFeed {

    private final TmRepository repository;

    TmFeed(TmRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(TargetChanged change) {
        TargetSnapshot target = change.target();
        Optional<TmRepository.IndexedUnit> existing = repository.unitOfSegment(target.segmentId(), target.locale());
        if (!belongsInTm(target)) {
            existing.ifPresent(unit -> repository.delete(List.of(unit)));
            return;
        }
        TmRepository.SegmentInfo segment = repository.segment(target.segmentId()).orElseThrow();
        TmUnitData unit = unit(segment, target);
        if (existing.isPresent()) {
            repository.update(existing.get(), unit);
        } else {
            repository.insert(List.of(unit));
        }
    }

    /**
     * A new document's targets arrive together; they are indexed a thousand at a time, each thousand with its own
     * segments read in one query, so that memory does not grow with the document (a 100k-unit import).
     */
    @EventListener
    void on(TargetsArrived arrived) {
        List<TargetSnapshot> confirmed = arrived.targets().stream().filter(TmFeed::belongsInTm).toList();
        for (int from = 0; from < confirmed.size(); from += BATCH) {
            List<TargetSnapshot> batch = confirmed.subList(from, Math.min(confirmed.size(), from + BATCH));
            Map<Long, TmRepository.SegmentInfo> segments = repository.segments(arrived.documentId(),
                            batch.stream().map(TargetSnapshot::segmentId).toList()).stream()
                    .collect(Collectors.toMap(TmRepository.SegmentInfo::segmentId, Function.identity()));
            List<TmUnitData> units = new ArrayList<>(batch.size());
            for (TargetSnapshot target : batch) {
                TmRepository.SegmentInfo segment = segments.get(target.segmentId());
                if (segment != null) {
                    units.add(unit(segment, target));
                }
            }
            repository.insert(units);
        }
    }

    private static final int BATCH = 1000;

    private static boolean belongsInTm(TargetSnapshot target) {
        return (target.state() == TargetState.TRANSLATED || target.state() == TargetState.APPROVED)
                && !target.content().isBlank();
    }

    private static TmUnitData unit(TmRepository.SegmentInfo segment, TargetSnapshot target) {
        return TmUnitData.of(segment.sourceLocale(), target.locale(), segment.source(), target.content(), target.state(),
                "TARGET", TmText.contextHash(segment.previousText()), TmText.contextHash(segment.nextText()),
                segment.segmentId(), segment.documentId(), segment.projectId(), target.updatedBy(), target.updatedAt());
    }
}
