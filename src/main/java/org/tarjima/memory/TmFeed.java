package org.tarjima.memory;

import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tarjima.translation.TargetChanged;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TargetsArrived;

/**
 * Keeps the TM in step with the targets, inside the transaction of every change (so a change and its TM entry
 * commit or roll back together; a new unit's fuzzy-search postings follow the commit, see {@link TmPostingQueue};
 * a large import's targets are the exception, see {@link #on(TargetsArrived)}): a TRANSLATED or APPROVED target is
 * one unit of its language pair, updated on every edit; a target that goes back to NEW, DRAFT or REJECTED leaves the
 * TM.
 */
@Component
class TmFeed {

    private final TmRepository repository;
    private final TmBacklog backlog;
    private final TmPostingQueue postings;

    TmFeed(TmRepository repository, TmBacklog backlog, TmPostingQueue postings) {
        this.repository = repository;
        this.backlog = backlog;
        this.postings = postings;
    }

    @EventListener
    void on(TargetChanged change) {
        TargetSnapshot target = change.target();
        if (!belongsInTm(target)) {
            repository.unitOfSegment(target.segmentId(), target.locale()).ifPresent(unit -> repository.delete(List.of(unit)));
            return;
        }
        TmRepository.FeedContext context = repository.feedContext(target.segmentId(), target.locale()).orElseThrow();
        Optional<TmRepository.IndexedUnit> existing = context.unit();
        TmUnitData unit = unit(context.segment(), target);
        if (existing.isPresent()) {
            repository.update(existing.get(), unit);
            if (!existing.get().posted()) {
                postings.afterCommit();
            }
        } else {
            // exact matches at once; the fuzzy index follows the commit (see TmPostingQueue)
            repository.insertUnposted(unit);
            postings.afterCommit();
        }
    }

    /**
     * A new document's targets arrive together. A few hundred are indexed in the arrival's transaction, so the TM
     * has them when the import returns; more go to the {@link TmBacklog} and are indexed after the commit, so that a
     * large import does not hold its transaction open while the TM's inverted index grows by ~44 rows a unit.
     */
    @EventListener
    void on(TargetsArrived arrived) {
        if (arrived.confirmed() == 0) {
            return;
        }
        if (arrived.confirmed() <= INDEXED_AT_ONCE) {
            backlog.indexNow(arrived.documentId(), arrived.locale());
        } else {
            backlog.add(arrived.documentId(), arrived.locale());
        }
    }

    /** Arrivals up to this many confirmed targets are indexed in their own transaction. */
    static final int INDEXED_AT_ONCE = 500;

    private static boolean belongsInTm(TargetSnapshot target) {
        return (target.state() == TargetState.TRANSLATED || target.state() == TargetState.APPROVED)
                && !target.content().isBlank();
    }

    static TmUnitData unit(TmRepository.SegmentInfo segment, TargetSnapshot target) {
        return TmUnitData.of(segment.sourceLocale(), target.locale(), segment.source(), target.content(), target.state(),
                "TARGET", TmText.contextHash(segment.previousText()), TmText.contextHash(segment.nextText()),
                segment.segmentId(), segment.documentId(), segment.projectId(), target.updatedBy(), target.updatedAt());
    }
}
