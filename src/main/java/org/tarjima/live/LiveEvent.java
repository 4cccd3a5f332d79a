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
    record Presence(String key, String node, String username, String displayName, long documentId, String locale,
                    Long segmentId, Action action, Instant at) implements LiveEvent {

        public enum Action { HERE, LEFT }
    }
}
