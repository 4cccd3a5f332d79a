package org.tarjima.document;

import java.time.Instant;

/** What views show of a document. */
public record DocumentSummary(long id, long projectId, String name, SourceFormat format, int segmentCount,
                              int wordCount, Instant createdAt) {

    /** Longest document name; matches the schema. */
    public static final int NAME_MAX_LENGTH = 255;
}
