package org.tarjima.translation;

import java.time.Instant;
import org.tarjima.base.text.InlineText;

/** A target as stored at one version; version 0 means nobody has written it yet. */
public record TargetSnapshot(long segmentId, String locale, InlineText content, TargetState state, int version,
                             String updatedBy, Instant updatedAt) {

    static TargetSnapshot untouched(long segmentId, String locale) {
        return new TargetSnapshot(segmentId, locale, InlineText.empty(), TargetState.NEW, 0, null, null);
    }
}
