package org.tarjima.review;

import java.time.Instant;

/** A locale of a document signed off by a reviewer: every segment approved. */
public record LocaleSignOff(long documentId, String locale, String signedBy, Instant signedAt) {
}
