package org.tarjima.translation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tarjima.base.events.WebhookEvent;

/**
 * Tells webhook subscribers, inside the transaction of a target change, that a segment was rejected, or that the
 * change made every segment of its locale in the document TRANSLATED or APPROVED ({@code locale.translated}: once
 * when it becomes so, again only after some segment fell back and was confirmed again).
 */
@Component
class TranslationWebhookEvents {

    private final TargetRepository targets;
    private final ApplicationEventPublisher events;

    TranslationWebhookEvents(TargetRepository targets, ApplicationEventPublisher events) {
        this.targets = targets;
        this.events = events;
    }

    @EventListener
    void on(TargetChanged change) {
        TargetSnapshot target = change.target();
        if (target.state() == TargetState.REJECTED && change.previousState() != TargetState.REJECTED) {
            Map<String, Object> data = new HashMap<>(Map.of("documentId", change.documentId(),
                    "segmentId", target.segmentId(), "locale", target.locale(), "version", target.version(),
                    "rejectedBy", target.updatedBy()));
            if (change.comment() != null) {
                data.put("reason", change.comment());
            }
            events.publishEvent(new WebhookEvent("segment.rejected", change.projectId(), data));
        }
        if (confirmed(target.state()) && !confirmed(change.previousState())) {
            announceIfTranslated(change.projectId(), change.documentId(), target.locale());
        }
    }

    /** A document arriving with its translations (XLIFF, a bundle) may arrive complete. */
    @EventListener
    void on(TargetsArrived arrived) {
        if (arrived.confirmed() > 0) {
            announceIfTranslated(arrived.projectId(), arrived.documentId(), arrived.locale());
        }
    }

    private void announceIfTranslated(long projectId, long documentId, String locale) {
        if (targets.allConfirmed(projectId, documentId, locale)) {
            events.publishEvent(new WebhookEvent("locale.translated", projectId,
                    Map.of("documentId", documentId, "locale", locale)));
        }
    }

    private static boolean confirmed(TargetState state) {
        return state == TargetState.TRANSLATED || state == TargetState.APPROVED;
    }
}
