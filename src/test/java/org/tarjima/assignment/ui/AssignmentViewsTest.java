package org.tarjima.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.support.TestUsers.reviewer;
import static org.tarjima.support.TestUsers.translator;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.assignment.Assignee;
import org.tarjima.assignment.Assignment;
import org.tarjima.assignment.AssignmentService;
import org.tarjima.assignment.NewAssignment;
import org.tarjima.assignment.Step;
import org.tarjima.notification.NotificationKind;
import org.tarjima.notification.NotificationService;
import org.tarjima.notification.ui.NotificationBell;
import org.tarjima.review.ReviewService;
import org.tarjima.security.RunAs;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;

/**
 * The assign dialog, My work and the bell as components (Karibu: no browser, so texts are their keys), signed in as
 * the administrator.
 */
@TarjimaTest
class AssignmentViewsTest {

    @Autowired
    TestProjects projects;
    @Autowired
    TestUsers users;
    @Autowired
    RunAs runAs;
    @Autowired
    AssignmentService assignments;
    @Autowired
    NotificationService notifications;
    @Autowired
    ReviewService reviews;

    private TestProjects.Created created;
    private String translatorName;

    @BeforeEach
    void ui() {
        MockVaadin.setup();
        created = projects.aProject().withTargets("ru", "kk").withDocument(TestProjects.seedArticle());
        translatorName = users.create("dialog", translator(created.project().id(), "ru"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private AssignDialog dialog(Runnable assigned) {
        AssignDialog dialog = new AssignDialog(assignments, created.project().id(), created.document().id(),
                created.document().name(), "kk", assigned);
        dialog.open();
        return dialog;
    }

    @SuppressWarnings("unchecked")
    private void choose(String username) {
        ComboBox<Assignee> person = _get(ComboBox.class, spec -> spec.withId("assign-person"));
        person.setValue(person.getListDataView().getItems().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow());
    }

    private List<Assignment> assigned() {
        return assignments.ofProject(created.project().id());
    }

    @Test
    void the_dialog_refuses_a_person_without_the_role_unless_the_role_is_granted() {
        boolean[] refreshed = {false};
        dialog(() -> refreshed[0] = true);
        choose(translatorName);
        _get(DatePicker.class, spec -> spec.withId("assign-due")).setValue(LocalDate.now().plusDays(4));

        _click(_get(Button.class, spec -> spec.withId("assign-submit")));
        assertThat(assigned()).isEmpty();
        assertThat(refreshed[0]).isFalse();

        _get(Checkbox.class, spec -> spec.withId("assign-grant-role")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("assign-submit")));

        assertThat(refreshed[0]).isTrue();
        assertThat(assigned()).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo(translatorName);
            assertThat(a.locale()).isEqualTo("kk");
            assertThat(a.documentId()).isEqualTo(created.document().id());
            assertThat(a.step()).isEqualTo(Step.TRANSLATE);
            assertThat(a.due()).isEqualTo(LocalDate.now().plusDays(4));
            assertThat(a.grantedRole()).isEqualTo("TRANSLATOR");
        });
    }

    @Test
    void the_dialog_assigns_the_whole_project_locale_when_ticked() {
        String kazakhReviewer = users.create("kk-reviewer", reviewer(created.project().id(), "kk"));
        dialog(() -> { });
        choose(kazakhReviewer);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("assign-step")).setValue(Step.REVIEW);
        _get(Checkbox.class, spec -> spec.withId("assign-whole-project")).setValue(true);

        _click(_get(Button.class, spec -> spec.withId("assign-submit")));

        assertThat(assigned()).singleElement().satisfies(a -> {
            assertThat(a.documentId()).isNull();
            assertThat(a.step()).isEqualTo(Step.REVIEW);
            assertThat(a.grantedRole()).isNull();
        });
    }

    @Test
    void the_matrix_cell_names_the_assignees_and_marks_the_overdue() {
        long id = assignments.assign(new NewAssignment(created.document().id(), null, "ru", Step.TRANSLATE,
                translatorName, LocalDate.now().minusDays(3), false)).id();
        MatrixAssignments matrix = new MatrixAssignments(assignments, created.project().id(), () -> { });
        matrix.reload();
        UI.getCurrent().add(matrix.cell(created.document().id(), created.document().name(), "ru"));

        Span chip = _get(Span.class, spec -> spec.withId("assignee-" + id + "-" + created.document().id()));
        assertThat(chip.getText()).isEqualTo("dialog");
        assertThat(chip.getClassNames()).contains("overdue");
        assertThat(_find(Button.class, spec -> spec.withId("assign-" + created.document().id() + "-ru"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void my_work_lists_my_assignments_overdue_first() {
        assignments.assign(new NewAssignment(created.document().id(), null, "ru", Step.TRANSLATE, "admin",
                LocalDate.now().plusDays(9), false));
        long late = assignments.assign(new NewAssignment(null, created.project().id(), "kk", Step.REVIEW, "admin",
                LocalDate.now().minusDays(1), false)).id();

        UI.getCurrent().add(new MyWorkView(assignments));

        Grid<Assignment> grid = _get(Grid.class, spec -> spec.withId("my-work-grid"));
        List<Assignment> mine = assignments.mine();
        assertThat(GridKt._size(grid)).isEqualTo(mine.size());
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(late);
        assertThat(GridKt._getCellComponent(grid, 0, "due").getId()).hasValue("my-work-due-" + late);
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "due")).getClassNames()).contains("overdue-mark");
        assertThat(_find(Div.class, spec -> spec.withId("my-work-empty"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_bell_counts_lists_marks_read_and_keeps_the_chosen_kinds() {
        long segment = projects.segment(created.document().id(), "ru", 1).segmentId();
        runAs.user(translatorName, () -> reviews.addComment(segment, "ru", "@admin please look"));
        runAs.user(translatorName, () -> reviews.addComment(segment, "ru", "@admin and this"));
        NotificationBell bell = new NotificationBell(notifications);
        UI.getCurrent().add(bell);
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText())
                .isEqualTo(String.valueOf(notifications.unreadCount()));
        assertThat(notifications.unreadCount()).isGreaterThanOrEqualTo(2);

        _get(Popover.class, spec -> spec.withId("notifications-popover")).open();
        long newest = notifications.latest().get(0).id();
        assertThat(_find(Div.class, spec -> spec.withId("notification-" + newest))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withClasses("notification-text"))).first()
                .satisfies(text -> assertThat(text.getText()).isEqualTo("!{notification.mentioned}!"));

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));
        assertThat(notifications.unreadCount()).isZero();
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("notifications-settings")));
        CheckboxGroup<NotificationKind> kinds = _get(CheckboxGroup.class, spec -> spec.withId("notification-kinds"));
        kinds.setValue(EnumSet.of(NotificationKind.REJECTED));
        _click(_get(Button.class, spec -> spec.withId("notification-settings-save")));
        assertThat(notifications.wanted()).containsExactly(NotificationKind.REJECTED);
        notifications.setWanted(EnumSet.allOf(NotificationKind.class));
    }
}
