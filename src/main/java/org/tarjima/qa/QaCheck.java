package org.tarjima.qa;

import java.util.List;

/**
 * One QA check: a small, independent, stateless Spring bean. Adding a check is one class implementing this
 * interface (annotated {@code @Component}) and one test; {@link QaChecks} collects every bean, the service, the
 * REST API and the views pick it up without further wiring. Its messages are bundle keys {@code qa.<id>...} in all
 * eight bundles.
 *
 * <p>Checks run while a translator types (every keystroke pause), so {@link #check} must be fast and must not touch
 * the database. A check that needs project data, such as the glossary checks (a term not used, a forbidden term
 * used) that will ask a {@code GlossaryService}, gets the project from {@link QaSubject#projectId()} and should keep
 * its own per-project cache, invalidated by the events of the feature it reads from.
 */
public interface QaCheck {

    /** Stable id, used in bundles, stored ignores and the API, e.g. {@code numbers}; lower camel case. */
    String id();

    /** The most severe finding this check reports (a check may report some findings as warnings). */
    Severity severity();

    /** The findings for one target; empty when everything is fine. Never null. */
    List<QaFinding> check(QaSubject subject);
}
