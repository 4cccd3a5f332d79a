package org.tarjima.translation;

/**
 * A reviewer's decision on the version they saw.
 *
 * @param expectedVersion the version the reviewer looked at: a newer one is not approved unseen
 */
public record TargetReview(long segmentId, String locale, int expectedVersion, Origin origin) {

    /** Longest comment, a rejection's reason included; matches the schema's check on target_comment. */
    public static final int COMMENT_MAX_LENGTH = 4000;
}
