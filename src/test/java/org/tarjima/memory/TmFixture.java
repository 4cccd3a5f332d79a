package org.tarjima.memory;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TranslationService;

/**
 * TM test data: every test works in a language pair of its own (the source locale carries a private-use tag,
 * {@code en-x-…}), because the TM is shared by every project of a pair and tests must not see each other's units.
 */
@Component
class TmFixture {

    private final TestProjects projects;
    private final TranslationService translations;
    private final UserService users;
    private final RunAs runAs;

    TmFixture(TestProjects projects, TranslationService translations, UserService users, RunAs runAs) {
        this.projects = projects;
        this.translations = translations;
        this.users = users;
        this.runAs = runAs;
    }

    /** A source locale no other test uses. */
    static String freshSource() {
        return "en-x-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    TestProjects.Created document(String sourceLocale, String resource, String... targets) {
        return projects.aProject().withSource(sourceLocale).withTargets(targets).withDocument(TestProjects.article(resource));
    }

    SegmentRow segment(TestProjects.Created created, String locale, int ordinal) {
        return projects.segment(created.document().id(), locale, ordinal);
    }

    /** Confirms a translation of segment {@code ordinal} as the signed-in user. */
    SaveResult confirm(TestProjects.Created created, String locale, int ordinal, String text) {
        return confirm(created, locale, ordinal, InlineText.of(text));
    }

    SaveResult confirm(TestProjects.Created created, String locale, int ordinal, InlineText text) {
        SegmentRow row = segment(created, locale, ordinal);
        return translations.confirm(new TargetEdit(row.segmentId(), locale, text, row.version(), Origin.EDITOR));
    }

    /** A new user with one role, for permission tests; returns the user name. */
    String userWithRole(long projectId, String locale, ProjectRole role) {
        String name = "tm-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(new org.tarjima.security.NewUser(name, name, PASSWORD, false));
        users.grant(name, new UserService.RoleRequest(projectId, locale, role));
        return name;
    }

    static final String PASSWORD = "tm-user-password";

    SaveResult draft(TestProjects.Created created, String locale, int ordinal, String text) {
        SegmentRow row = segment(created, locale, ordinal);
        return translations.saveDraft(new TargetEdit(row.segmentId(), locale, InlineText.of(text), row.version(), Origin.EDITOR));
    }

    /** Confirmed by the translator, approved by the signed-in admin (nobody approves their own text). */
    void approved(TestProjects.Created created, String locale, int ordinal, String text) {
        users.grant("translator", new UserService.RoleRequest(created.project().id(), locale, ProjectRole.TRANSLATOR));
        runAs.user("translator", () -> confirm(created, locale, ordinal, text));
        SegmentRow row = segment(created, locale, ordinal);
        translations.approve(new TargetReview(row.segmentId(), locale, row.version(), Origin.EDITOR));
    }
}
