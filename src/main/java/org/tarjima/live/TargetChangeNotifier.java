package org.tarjima.live;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tarjima.translation.TargetChanged;

/** Every target change becomes a live event, sent with the change's own transaction (delivered on commit). */
@Component
class TargetChangeNotifier {

    private final LiveEvents events;

    TargetChangeNotifier(LiveEvents events) {
        this.events = events;
    }

    @EventListener
    void on(TargetChanged change) {
        events.publish(new LiveEvent.SegmentChanged(change.projectId(), change.documentId(), change.target().segmentId(),
                change.target().locale(), change.target().version(), change.target().state().name(),
                change.target().updatedBy(), change.origin().name()));
    }
}
