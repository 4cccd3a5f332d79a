package org.tarjima.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjima.assignment.Assignment;
import org.tarjima.assignment.AssignmentService;
import org.tarjima.assignment.Step;
import org.tarjima.assignment.WorkLink;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Routes;

/**
 * Everyone's own work: their assignments with progress in their step and due dates, overdue ones first and marked;
 * opening one lands in the editor at the first segment still open for that step.
 */
@Route(value = Routes.MY_WORK)
@PermitAll
public class MyWorkView extends Div implements HasDynamicTitle, HasBreadcrumb {

    private final AssignmentService assignments;

    public MyWorkView(AssignmentService assignments) {
        this.assignments = assignments;
        addClassNames("page", "my-work");
        setId("my-work");
        Div header = new Div(new H2(getTranslation("myWork.title")));
        header.addClassName("page-header");

        List<Assignment> mine = assignments.mine();
        Grid<Assignment> grid = new Grid<>();
        grid.setId("my-work-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::workCell)).setHeader(getTranslation("myWork.work")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(this::localeChip)).setHeader(getTranslation("myWork.locale"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation("assignment.step." + a.step().name()))
                .setHeader(getTranslation("myWork.step")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::progressCell)).setHeader(getTranslation("myWork.progress"))
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::dueCell)).setKey("due").setHeader(getTranslation("myWork.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::openButton)).setAutoWidth(true).setFlexGrow(0);
        grid.setClassNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.setVisible(!mine.isEmpty());

        Div empty = new Div();
        empty.setId("my-work-empty");
        empty.addClassName("empty-state");
        empty.setText(getTranslation("myWork.empty"));
        empty.setVisible(mine.isEmpty());
        add(header, grid, empty);
    }

    private Div workCell(Assignment a) {
        Span what = new Span(a.documentName() != null ? a.documentName() : getTranslation("myWork.wholeProject"));
        what.addClassName("my-work-document");
        Anchor project = Routes.link(a.projectName(), Routes.project(a.projectId()));
        project.addClassName("my-work-project");
        Div cell = new Div(what, project);
        cell.setId("my-work-item-" + a.id());
        return cell;
    }

    private Span localeChip(Assignment a) {
        Span chip = new Span(a.locale());
        chip.addClassName("locale-chip");
        chip.setTitle(LocaleTag.displayName(a.locale(), getLocale()));
        return chip;
    }

    private Div progressCell(Assignment a) {
        ProgressBar bar = new ProgressBar(0, 1, a.wordsTotal() == 0 ? 0 : (double) a.wordsDone() / a.wordsTotal());
        Span label = new Span(getTranslation("myWork.words", a.wordsDone(), a.wordsTotal()));
        label.setId("my-work-progress-" + a.id());
        return new Div(bar, label);
    }

    private Span dueCell(Assignment a) {
        Span due = new Span(a.due() == null ? getTranslation("myWork.noDue") : DueDates.format(a.due(), getLocale()));
        due.setId("my-work-due-" + a.id());
        if (a.overdue()) {
            due.addClassName("overdue-mark");
            due.getElement().setAttribute("title", getTranslation("myWork.overdue"));
            due.addComponentAsFirst(VaadinIcon.WARNING.create());
        }
        return due;
    }

    private Button openButton(Assignment a) {
        Button open = new Button(getTranslation("myWork.open"), VaadinIcon.EDIT.create(), click -> open(a));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.setId("my-work-open-" + a.id());
        return open;
    }

    private void open(Assignment a) {
        WorkLink link = assignments.open(a.id()).orElse(null);
        if (link == null) {
            Notifications.error(getTranslation("myWork.nothingToOpen"));
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("segment", String.valueOf(link.ordinal()));
        if (a.step() == Step.REVIEW) {
            query.put("mode", "review");
        }
        getUI().ifPresent(ui -> ui.navigate(Routes.editor(link.documentId(), link.locale()), QueryParameters.simple(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myWork.title") + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        return List.of(Crumb.current(getTranslation("myWork.title")));
    }
}
