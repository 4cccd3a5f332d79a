package org.tarjima.project;

import java.time.Instant;
import java.util.List;

/** What views show of a project. */
public record ProjectSummary(long id, String name, String sourceLocale, List<String> targetLocales,
                             String cldrVersion, Instant createdAt, int documentCount, PretranslateOnImport pretranslate,
                             RepetitionsMode repetitions) {
}
