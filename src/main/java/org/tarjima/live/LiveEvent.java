package org.tarjima.live;

import java.time.Instant;

/** What travels between nodes. Small on purpose (NOTIFY carries at most 8,000 bytes): receivers re-read what they show. */
public sealed interface LiveEvent {

    /** A committed change of one target. */
    record SegmentChanged(long projectId, long documentId, long segmentId, String locale, int version, String state,
                          String changedBy, String origin) implements LiveEvent {
    }

    /**
     * Someone's place in a document: joined, moved to a segment ({@code segmentId}, or null for none), still there
     * (a heartbeat) or left. {@code key} identifies one browser tab on one node.
     */
    /** Someone in a document and locale; {@code editing}: whether they may change its text (else they only look). */
    record Presence(String key, String node, String username, String displayName, long documentId, String locale,
                    Long segmentId, boolean editing, Action action, Instant at) implements LiveEvent {

        public enum Action { HERE, LEFT }
    }

    /** Something new in a person's notifications: their bell re-reads its count. */
    record Notified(String username) implements LiveEvent {
    }
}
