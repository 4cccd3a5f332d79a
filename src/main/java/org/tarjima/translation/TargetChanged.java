package org.tarjima.translation;

/**
 * Published inside the transaction of every applied target change, before it commits: listeners that write
 * (the review feature revokes a sign-off and stores a rejection's reason) share its fate.
 *
 * @param comment the reviewer's reason for a rejection, otherwise null
 */
public record TargetChanged(long projectId, long documentId, TargetSnapshot target, TargetState previousState,
                            Origin origin, String comment) {
}
