package org.tarjima.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.ProjectSummary;
import org.tarjima.review.Comment;
import org.tarjima.review.LocaleSignOff;
import org.tarjima.review.LocaleStatus;
import org.tarjima.security.AccessTokenInfo;
import org.tarjima.security.Actor;
import org.tarjima.security.CreatedToken;
import org.tarjima.security.Grant;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.UserSummary;
import org.tarjima.translation.HistoryEntry;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.PivotText;
import org.tarjima.translation.TargetState;

/** The JSON shapes of the API: records of their own, so that service types can change without breaking clients. */
final class ApiModels {

    private ApiModels() {
    }

    /** @param pretranslate OFF (default), DRAFT or TRANSLATED: fill NEW targets from 100 % TM matches on import */
    record NewProjectRequest(String name, String sourceLocale, List<String> targetLocales, String pretranslate) {
    }

    record PretranslateRequest(String pretranslate) {
    }

    record ProjectJson(long id, String name, String sourceLocale, List<String> targetLocales, String cldrVersion,
                       Instant createdAt, String pretranslate, String repetitions, List<DocumentJson> documents) {
        static ProjectJson of(ProjectSummary p, List<DocumentJson> documents) {
            return new ProjectJson(p.id(), p.name(), p.sourceLocale(), p.targetLocales(), p.cldrVersion(), p.createdAt(),
                    p.pretranslate().name(), p.repetitions().name(), documents);
        }
    }

    /** @param pretranslated on import only: NEW targets filled from the TM by the project's setting, by locale */
    record DocumentJson(long id, long projectId, String name, String format, int segmentCount, int wordCount,
                        Instant createdAt, Map<String, ProgressJson> locales, Map<String, Integer> pretranslated) {
        static DocumentJson of(DocumentSummary d, Map<String, ProgressJson> locales) {
            return of(d, locales, null);
        }

        static DocumentJson of(DocumentSummary d, Map<String, ProgressJson> locales, Map<String, Integer> pretranslated) {
            return new DocumentJson(d.id(), d.projectId(), d.name(), d.format().name(), d.segmentCount(), d.wordCount(),
                    d.createdAt(), locales, pretranslated);
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

    /** A segment with its target and its pivot target ({@code pivotText} null unless TRANSLATED or APPROVED). */
    record SegmentWithPivotJson(long id, int ordinal, String source, String target, TargetState state, int version,
                                int words, String pivotLocale, String pivotText, TargetState pivotState) {
        static SegmentWithPivotJson of(SegmentRow row, PivotText pivot) {
            return new SegmentWithPivotJson(row.segmentId(), row.ordinal(), InlineMarkers.write(row.source()),
                    InlineMarkers.write(row.target()), row.state(), row.version(), row.words(), pivot.locale(),
                    pivot.usable() ? InlineMarkers.write(pivot.text()) : null, pivot.state());
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

    /**
     * A reviewer's decision on the version they looked at.
     *
     * @param comment the reason, required for a rejection
     */
    record ReviewRequest(Integer version, String comment) {
    }

    /** One change of a target; texts as markers, the old text empty for the first version. */
    record HistoryJson(int version, Instant changedAt, String changedBy, Origin origin, String oldText, String newText,
                       TargetState oldState, TargetState newState, boolean revokedSignOff) {
        static HistoryJson of(HistoryEntry h) {
            return new HistoryJson(h.version(), h.changedAt(), h.changedBy(), h.origin(),
                    InlineMarkers.write(h.oldContent()), InlineMarkers.write(h.newContent()), h.oldState(), h.newState(),
                    h.revokedSignOff());
        }
    }

    record CommentRequest(String text) {
    }

    /** @param rejection the text is a reviewer's reason for rejecting the target */
    record CommentJson(long id, String author, Instant createdAt, String text, boolean rejection) {
        static CommentJson of(Comment c) {
            return new CommentJson(c.id(), c.author(), c.createdAt(), c.body(), c.rejection());
        }
    }

    record SignOffJson(String signedBy, Instant signedAt) {
        static SignOffJson of(LocaleSignOff s) {
            return new SignOffJson(s.signedBy(), s.signedAt());
        }
    }

    /** @param signOff null while the locale is not signed off */
    record LocaleStatusJson(String locale, ProgressJson progress, SignOffJson signOff) {
        static LocaleStatusJson of(LocaleStatus s) {
            return new LocaleStatusJson(s.locale(), ProgressJson.of(s.progress()),
                    s.signOff().map(SignOffJson::of).orElse(null));
        }
    }

    /**
     * @param projectId null: every project
     * @param locale    null: every target locale of the project
     */
    record GrantJson(Long projectId, String projectName, String locale, ProjectRole role) {
        static GrantJson of(Grant g) {
            return new GrantJson(g.projectId(), g.projectName(), g.locale(), g.role());
        }
    }

    record UserJson(long id, String username, String displayName, boolean admin, boolean enabled, boolean demo,
                    List<GrantJson> roles) {
        static UserJson of(UserSummary u) {
            return new UserJson(u.id(), u.username(), u.displayName(), u.admin(), u.enabled(), u.demo(),
                    u.grants().stream().map(GrantJson::of).toList());
        }
    }

    record NewUserRequest(String username, String displayName, String password, Boolean admin) {
    }

    /** One role to give: projectId null for every project (a workbench-wide manager), locale null for every locale. */
    record RoleRequest(Long projectId, String locale, ProjectRole role) {
    }

    record EnabledRequest(Boolean enabled) {
    }

    record MeJson(long id, String username, String displayName, boolean admin, List<GrantJson> roles) {
        static MeJson of(Actor a) {
            return new MeJson(a.id(), a.username(), a.displayName(), a.admin(),
                    a.grants().stream().map(GrantJson::of).toList());
        }
    }

    record NewTokenRequest(String name) {
    }

    /** A token as listed later: never its secret. */
    record TokenJson(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt, boolean active) {
        static TokenJson of(AccessTokenInfo t) {
            return new TokenJson(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt(), t.active());
        }
    }

    /** @param token the secret, shown in this answer only: Tarjima keeps only its hash */
    record CreatedTokenJson(long id, String name, Instant createdAt, String token) {
        static CreatedTokenJson of(CreatedToken t) {
            return new CreatedTokenJson(t.token().id(), t.token().name(), t.token().createdAt(), t.secret());
        }
    }
}
