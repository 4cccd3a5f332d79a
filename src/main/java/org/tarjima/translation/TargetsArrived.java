package org.tarjima.translation;

import java.util.List;

/**
 * Published inside the transaction of a bulk arrival of version-1 targets with a new document
 * ({@link TranslationService#arriveInNewDocument}), which does not publish a {@link TargetChanged} per target:
 * one event for all of them, so listeners can write in bulk too.
 */
public record TargetsArrived(long projectId, long documentId, String locale, List<TargetSnapshot> targets, Origin origin) {

    public TargetsArrived {
        targets = List.copyOf(targets);
    }
}
