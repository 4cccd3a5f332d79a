package org.tarjima.translation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/** The editor's session without a browser: what is active, saving and its outcomes, moving, review, the next to-do. */
@TarjimaTest
class EditorSessionTest {

    @Autowired
    EditorSessions sessions;
    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    RunAs runAs;
    @Autowired
    TranslationService translations;

    private EditorSession open(TestProjects.Created created, String locale) {
        EditorSession session = sessions.open(created.document(), created.project(), locale);
        session.select(StateFilter.ALL, "");
        return session;
    }

    private static InlineText text(String value) {
        return InlineText.of(value);
    }

    @Test
    void a_save_is_stored_from_the_version_the_translator_started_from_and_a_stale_one_is_a_conflict() {
        TestProjects.Created created = projects.aProject().withTargets("kk").withDocument(TestProjects.seedArticle());
        EditorSession session = open(created, "kk");
        EditorSession.Located first = session.at(0).orElseThrow();
        assertThat(session.activate(first.row(), first.index())).isTrue();
        assertThat(session.activate(first.row(), first.index())).as("already active").isFalse();

        EditorSession.Outcome saved = session.save(text("Табиғатпен үйлесімді"), false, Origin.EDITOR);
        assertThat(saved).isInstanceOfSatisfying(EditorSession.Outcome.Stored.class,
                stored -> assertThat(stored.target().state()).isEqualTo(TargetState.DRAFT));
        assertThat(session.active().version()).as("the next save starts from the stored version").isEqualTo(1);

        // A colleague saves the same segment: the session's next save is a conflict, nothing is overwritten.
        SegmentRow row = session.active();
        translations.saveDraft(new TargetEdit(row.segmentId(), "kk", text("Әріптестің мәтіні"), 1, Origin.EDITOR));
        EditorSession.Outcome stale = session.save(text("Менің мәтінім"), true, Origin.EDITOR);
        assertThat(stale).isInstanceOfSatisfying(EditorSession.Outcome.Conflict.class, conflict -> {
            assertThat(conflict.theirs().content().plainText()).isEqualTo("Әріптестің мәтіні");
            assertThat(conflict.mine().plainText()).isEqualTo("Менің мәтінім");
        });
        assertThat(translations.target(row.segmentId(), "kk").content().plainText()).isEqualTo("Әріптестің мәтіні");
    }

    @Test
    void the_next_to_do_skips_confirmed_segments_and_respects_the_search() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        EditorSession session = open(created, "ru");
        EditorSession.Located first = session.at(0).orElseThrow();
        session.activate(first.row(), 0);
        for (int ordinal : List.of(2, 3)) {
            SegmentRow row = projects.segment(created.document().id(), "ru", ordinal);
            translations.confirm(new TargetEdit(row.segmentId(), "ru", text("Перевод " + ordinal), 0, Origin.EDITOR));
        }
        assertThat(session.nextToDo()).map(next -> next.row().ordinal()).contains(4);
        assertThat(session.nextToDo()).map(EditorSession.Located::index).contains(3);

        // Searching, the next to-do is among the rows found, and its index is its place in the results.
        SegmentRow fifth = projects.segment(created.document().id(), "ru", 5);
        String word = fifth.source().plainText().split("\\s+")[0];
        session.select(StateFilter.ALL, word);
        assertThat(session.segments().searching()).isTrue();
        session.nextToDo().ifPresent(next -> {
            assertThat(next.row().source().plainText().toLowerCase()).contains(word.toLowerCase());
            assertThat(next.row().state()).isIn(StateFilter.TO_DO.states());
            assertThat(session.segments().indexOf(next.row().ordinal())).contains(next.index());
        });
    }

    @Test
    void a_reviewer_approves_what_they_saw_and_a_newer_text_comes_back_as_a_conflict() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long project = created.project().id();
        String translator = users.create("session-translator", TestUsers.translator(project, "ru"));
        String reviewer = users.create("session-reviewer", TestUsers.reviewer(project, "ru"));
        SegmentRow row = projects.segment(created.document().id(), "ru", 1);
        projects.confirmedBy(created, translator, "ru", "Вместе");

        runAs.user(reviewer, () -> {
            EditorSession session = open(created, "ru");
            session.setReviewMode(true);
            session.select(StateFilter.TO_REVIEW, "");
            EditorSession.Located first = session.at(0).orElseThrow();
            session.activate(first.row(), first.index());
            assertThat(session.activeEditable()).as("a reviewer reads until Edit").isFalse();

            // The translator changes the text after the reviewer opened it: that is not what gets approved.
            runAs.user(translator, () -> translations.confirm(new TargetEdit(row.segmentId(), "ru", text("Вместе к будущему"),
                    1, Origin.EDITOR)));
            assertThat(session.approve()).isInstanceOf(EditorSession.Outcome.Conflict.class);

            session.activeIs(session.row(row.segmentId()).orElseThrow());
            EditorSession.Outcome approved = session.approve();
            assertThat(approved).isInstanceOfSatisfying(EditorSession.Outcome.Stored.class,
                    stored -> assertThat(stored.target().state()).isEqualTo(TargetState.APPROVED));
            assertThat(session.staysInList(TargetState.APPROVED)).as("approved rows leave the to-review list").isFalse();
            return null;
        });
    }
}
