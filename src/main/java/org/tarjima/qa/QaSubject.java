package org.tarjima.qa;

import org.tarjima.base.text.InlineText;

/**
 * What a check looks at: one segment's source and target.
 *
 * @param confirmed    whether the target is (or is about to be) confirmed; an empty target is only an error then
 * @param sourceLocale the project's source locale, e.g. {@code en}
 * @param targetLocale the target locale, e.g. {@code ru} or {@code uz-Cyrl}
 */
public record QaSubject(long projectId, long documentId, long segmentId, InlineText source, InlineText target,
                        String sourceLocale, String targetLocale, boolean confirmed, QaSettings settings) {

    /** A subject outside any project, for tests and tools. */
    public static QaSubject of(String source, String sourceLocale, String target, String targetLocale) {
        return new QaSubject(0, 0, 0, InlineText.of(source), InlineText.of(target), sourceLocale, targetLocale, true,
                QaSettings.none());
    }

    public QaSubject withSettings(QaSettings newSettings) {
        return new QaSubject(projectId, documentId, segmentId, source, target, sourceLocale, targetLocale, confirmed,
                newSettings);
    }

    public QaSubject withTarget(InlineText newTarget, boolean isConfirmed) {
        return new QaSubject(projectId, documentId, segmentId, source, newTarget, sourceLocale, targetLocale, isConfirmed,
                settings);
    }

    public String sourceText() {
        return source.plainText();
    }

    public String targetText() {
        return target.plainText();
    }
}
