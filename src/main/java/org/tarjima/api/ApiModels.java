package org.tarjima.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.ProjectSummary;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;

/** The JSON shapes of the API: records of their own, so that service types can change without breaking clients. */
final class ApiModels {

    private ApiModels() {
    }

    record NewProjectRequest(String name, String sourceLocale, List<String> targetLocales) {
    }

    record ProjectJson(long id, String name, String sourceLocale, List<String> targetLocales, String cldrVersion,
                       Instant createdAt, List<DocumentJson> documents) {
        static ProjectJson of(ProjectSummary p, List<DocumentJson> documents) {
            return new ProjectJson(p.id(), p.name(), p.sourceLocale(), p.targetLocales(), p.cldrVersion(), p.createdAt(),
                    documents);
        }
    }

    record DocumentJson(long id, long projectId, String name, String format, int segmentCount, int wordCount,
                        Instant createdAt, Map<String, ProgressJson> locales) {
        static DocumentJson of(DocumentSummary d, Map<String, ProgressJson> locales) {
            return new DocumentJson(d.id(), d.projectId(), d.name(), d.format().name(), d.segmentCount(), d.wordCount(),
                    d.createdAt(), locales);
        }
    }

    record ProgressJson(Map<TargetState, Integer> segments, Map<TargetState, Integer> words) {
        static ProgressJson of(LocaleProgress p) {
            return new ProgressJson(p.segments(), p.words());
        }
    }

    /** A segment with its target in one locale; codes as markers (see {@link InlineMarkers}). */
    record SegmentJson(long id, int ordinal, String source, String target, TargetState state, int version, int words) {
        static SegmentJson of(SegmentRow row) {
            return new SegmentJson(row.segmentId(), row.ordinal(), InlineMarkers.write(row.source()),
                    InlineMarkers.write(row.target()), row.state(), row.version(), row.words());
        }
    }

    /** @param state DRAFT (save) or TRANSLATED (confirm); NEW with an empty text clears the target */
    record TargetRequest(String text, TargetState state, Integer version) {
    }

    record TargetJson(long segmentId, String locale, String text, TargetState state, int version, String updatedBy,
                      Instant updatedAt) {
        static TargetJson of(TargetSnapshot t) {
            return new TargetJson(t.segmentId(), t.locale(), InlineMarkers.write(t.content()), t.state(), t.version(),
                    t.updatedBy(), t.updatedAt());
        }
    }
}
