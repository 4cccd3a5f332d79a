package org.tarjima.translation;

/**
 * Published inside the transaction of a bulk arrival of version-1 targets with a new document
 * ({@link TranslationService#startArrival}), which does not publish a {@link TargetChanged} per target: one event
 * for all of them, after they are stored, so listeners read them in bulk (a large import's targets are not held
 * in memory to be handed over).
 *
 * @param stored    targets stored
 * @param confirmed of them, TRANSLATED or APPROVED
 */
public record TargetsArrived(long projectId, long documentId, String locale, int stored, int confirmed, Origin origin) {
}
