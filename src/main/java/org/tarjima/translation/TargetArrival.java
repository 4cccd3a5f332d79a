package org.tarjima.translation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.tarjima.base.db.CopyRows;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;

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
     * A target converted for storage: the codes taken from its segment's source as in every save, checked, written
     * as JSON. Uses nothing of an arrival or the database, so a large import does it on its parser's thread while
     * the importing thread writes the previous batch.
     *
     * @return null when the text is empty (nothing is stored for it)
     * @throws IllegalTransitionException when the text cannot be stored
     */
    public static PreparedTarget prepare(InlineText source, InlineText text, TargetState state) {
        InlineText withCodes = text.withCodesOf(source);
        TranslationService.requireStorable(withCodes);
        if (withCodes.isBlank()) {
            return null;
        }
        return new PreparedTarget(state, CopyRows.text(InlineTextJson.write(withCodes)), CopyRows.text(withCodes.plainText()));
    }

    /**
     * Stores targets of segments of the document that have none yet; codes are taken from each segment's source as in
     * every save, empty texts are skipped.
     *
     * @throws IllegalTransitionException when a text cannot be stored
     */
    public void add(List<TranslationService.ArrivingTarget> batch) {
        List<Long> segments = new ArrayList<>(batch.size());
        List<PreparedTarget> prepared = new ArrayList<>(batch.size());
        for (TranslationService.ArrivingTarget target : batch) {
            segments.add(target.segmentId());
            prepared.add(prepare(target.source(), target.text(), target.state()));
        }
        addPrepared(segments, prepared);
    }

    /**
     * Stores prepared targets of segments of the document that have none yet: the target of {@code segmentIds[i]} is
     * {@code prepared[i]}, null for none.
     */
    public void addPrepared(List<Long> segmentIds, List<PreparedTarget> prepared) {
        if (segmentIds.size() != prepared.size()) {
            throw new IllegalArgumentException(segmentIds.size() + " segments for " + prepared.size() + " targets");
        }
        List<Long> segments = new ArrayList<>(segmentIds.size());
        List<PreparedTarget> texts = new ArrayList<>(segmentIds.size());
        for (int i = 0; i < segmentIds.size(); i++) {
            PreparedTarget target = prepared.get(i);
            if (target != null) {
                segments.add(segmentIds.get(i));
                texts.add(target);
                confirmed += target.state.isConfirmed() ? 1 : 0;
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        targets.copyFirstVersions(documentId, locale, segments, texts, origin, user, at);
        stored += texts.size();
    }

    /**
     * How many targets were stored; tells the listeners (the TM) and freshens the planner's statistics.
     *
     * @throws IllegalArgumentException when a target was given for a segment of another document (the caller's
     *                                  transaction must roll back)
     */
    public int finish() {
        targets.refreshStatistics(stored);
        if (stored > 0 && targets.hasTargetOutsideDocument(documentId, locale)) {
            throw new IllegalArgumentException("Some targets are not of segments of document " + documentId);
        }
        events.publishEvent(new TargetsArrived(projectId, documentId, locale, stored, confirmed, origin));
        return stored;
    }
}
