package org.tarjima.translation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.tarjima.base.text.InlineText;

/**
 * The version-1 targets of a new document in one locale, arriving a batch at a time in the transaction of
 * {@link TranslationService#startArrival} (a large import streams them as the parser delivers them). Each target
 * gets one history row with the arrival's origin; {@link #finish()} tells the listeners (the TM) once for all.
 */
public final class TargetArrival {

    private final TargetRepository targets;
    private final ApplicationEventPublisher events;
    private final long projectId;
    private final long documentId;
    private final String locale;
    private final Origin origin;
    private final String user;
    private final Instant at;
    private int stored;
    private int confirmed;

    TargetArrival(TargetRepository targets, ApplicationEventPublisher events, long projectId, long documentId, String locale,
                  Origin origin, String user, Instant at) {
        this.targets = targets;
        this.events = events;
        this.projectId = projectId;
        this.documentId = documentId;
        this.locale = locale;
        this.origin = origin;
        this.user = user;
        this.at = at;
    }

    /**
     * Stores targets of segments of the document that have none yet; codes are taken from each segment's source as in
     * every save, empty texts are skipped.
     *
     * @throws IllegalTransitionException when a text cannot be stored
     */
    public void add(List<TranslationService.ArrivingTarget> batch) {
        List<TargetSnapshot> snapshots = new ArrayList<>(batch.size());
        for (TranslationService.ArrivingTarget target : batch) {
            InlineText text = target.text().withCodesOf(target.source());
            TranslationService.requireStorable(text);
            if (!text.isBlank()) {
                snapshots.add(new TargetSnapshot(target.segmentId(), locale, text, target.state(), 1, user, at));
                confirmed += target.state().isConfirmed() ? 1 : 0;
            }
        }
        if (snapshots.isEmpty()) {
            return;
        }
        targets.copyFirstVersions(documentId, locale, snapshots, origin);
        stored += snapshots.size();
    }

    /**
     * How many targets were stored; tells the listeners (the TM) and freshens the planner's statistics.
     *
     * @throws IllegalArgumentException when a target was given for a segment of another document (the caller's
     *                                  transaction must roll back)
     */
    public int finish() {
        targets.refreshStatistics(stored);
        if (stored > 0 && targets.hasTargetOfAnotherDocument(documentId, locale)) {
            throw new IllegalArgumentException("Some targets are not of segments of document " + documentId);
        }
        events.publishEvent(new TargetsArrived(projectId, documentId, locale, stored, confirmed, origin));
        return stored;
    }
}
