package org.tarjima.analysis;

import java.time.Instant;
import java.util.List;

/**
 * A match analysis of one document ({@code documentId}) or a whole project (null), one entry per target locale.
 *
 * @param title the document's or project's name
 * @param card  the rate card that weighed it; null for a user who may not see costs
 */
public record Analysis(long projectId, Long documentId, String title, String sourceLocale, List<LocaleAnalysis> locales,
                       RateCard card, Instant analyzedAt) {

    public Analysis {
        locales = List.copyOf(locales);
    }

    public boolean withCosts() {
        return card != null;
    }
}
