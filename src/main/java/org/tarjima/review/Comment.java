package org.tarjima.review;

import java.time.Instant;

/**
 * A comment on a segment in one locale.
 *
 * @param rejection the reason a reviewer gave for rejecting the target
 */
public record Comment(long id, long segmentId, String locale, String author, Instant createdAt, String body,
                      boolean rejection) {
}
