package org.tarjima.review;

import java.time.Instant;

/**
 * A document's locale with translations waiting for a reviewer.
 *
 * @param awaiting      segments confirmed by a translator (TRANSLATED), not yet approved or rejected
 * @param awaitingWords their source words: what the review will take
 * @param rejected      segments sent back to the translator, not yet confirmed again
 * @param approved      segments approved already
 * @param segments      all segments of the document
 * @param waitingSince  when the longest-waiting of the awaiting segments was confirmed
 */
public record ReviewQueueItem(long projectId, String projectName, long documentId, String documentName, String locale,
                              int awaiting, int awaitingWords, int rejected, int approved, int segments,
                              Instant waitingSince) {
}
