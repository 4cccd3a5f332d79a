package org.tarjima.qa.ui;

import org.tarjima.document.ui.DocumentLocaleRoute;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.Routes;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Times;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.qa.QaReport;
import org.tarjima.qa.QaResult;
import org.tarjima.qa.QaService;
import org.tarjima.qa.Severity;
import org.tarjima.security.NotPermittedException;

/**
 * The QA report of a document in one locale for reviewers: every finding with its segment, filtered by severity
 * and check, each row linking to the segment in the editor. Texts from the document are shown as text, never as
 * markup.
 */
@Route(value = Routes.QA_REPORT)
@PermitAll
@StyleSheet("context://frontend/qa.css")
public class QaReportView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasBreadcrumb {

    private final QaService qa;
    private final DocumentService documents;
    private final ProjectService projects;
    private final Grid<QaResult> grid = new Grid<>();
    private final Select<Severity> severityFilter = new Select<>();
    private final Select<String> checkFilter = new Select<>();
    private final Checkbox showIgnored = new Checkbox();
    private final Span summary = new Span();
    private final H2 title = new H2();
    private final Div empty = new Div();
    private DocumentSummary document;
    private ProjectSummary project;
    private String locale;
    private QaReport report;

    public QaReportView(QaService qa, DocumentService documents, ProjectService projects) {
        this.qa = qa;
        this.documents = documents;
        this.projects = projects;
        addClassNames("page", "qa-report");

        severityFilter.setId("qa-filter-severity");
        severityFilter.setLabel(getTranslation("qa.report.severity"));
        severityFilter.setItems(Severity.values());
        severityFilter.setEmptySelectionAllowed(true);
        severityFilter.setEmptySelectionCaption(getTranslation("qa.report.all"));
        severityFilter.setItemLabelGenerator(s -> s == null ? getTranslation("qa.report.all") : getTranslation("qa.severity." + s.name()));
        severityFilter.addValueChangeListener(e -> applyFilters());

        checkFilter.setId("qa-filter-check");
        checkFilter.setLabel(getTranslation("qa.report.check"));
        checkFilter.setItems(qa.checks().stream().map(QaService.QaCheckInfo::id).toList());
        checkFilter.setEmptySelectionAllowed(true);
        checkFilter.setEmptySelectionCaption(getTranslation("qa.report.all"));
        checkFilter.setItemLabelGenerator(id -> id == null ? getTranslation("qa.report.all") : getTranslation("qa.check." + id));
        checkFilter.addValueChangeListener(e -> applyFilters());

        showIgnored.setId("qa-filter-ignored");
        showIgnored.setLabel(getTranslation("qa.report.showIgnored"));
        showIgnored.setValue(true);
        showIgnored.addValueChangeListener(e -> applyFilters());

        summary.setId("qa-report-summary");
        summary.addClassName("qa-summary");

        grid.setId("qa-report-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::segmentLink)).setHeader(getTranslation("qa.report.segment"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::severityBadge)).setHeader(getTranslation("qa.report.severity"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("qa.check." + r.finding().checkId())).setHeader(getTranslation("qa.report.check"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.finding().messageKey(), r.finding().arguments().toArray()))
                .setHeader(getTranslation("qa.report.message")).setFlexGrow(3);
        grid.addColumn(r -> report.targets().getOrDefault(r.segmentId(), "")).setHeader(getTranslation("qa.report.target"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.ignored().map(i -> getTranslation("qa.ignored", i.ignoredBy(),
                        Times.format(i.ignoredAt(), getLocale()), i.reason())).orElse(""))
                .setHeader(getTranslation("qa.report.ignored")).setFlexGrow(2);
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");

        empty.setId("qa-report-empty");
        empty.addClassName("empty-state");
        empty.setText(getTranslation("qa.report.empty"));

        Div header = new Div(title);
        header.addClassName("page-header");
        Div filters = new Div(severityFilter, checkFilter, showIgnored, summary);
        filters.addClassName("qa-filters");
        add(header, filters, grid, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DocumentLocaleRoute> route = DocumentLocaleRoute.resolve(event, documents, projects);
        if (route.isEmpty()) {
            return;
        }
        document = route.get().document();
        project = route.get().project();
        locale = route.get().locale();
        try {
            report = qa.report(document.id(), locale);
        } catch (NotPermittedException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            route.get().forwardToProject(event);
            return;
        }
        title.setText(getTranslation("qa.report.title", document.name(), LocaleTag.displayName(locale, getLocale())));
        summary.setText(getTranslation("qa.report.summary", report.errors(), report.openWarnings(), report.ignored(),
                report.checkedSegments()));
        applyFilters();
    }

    private void applyFilters() {
        if (report == null) {
            return;
        }
        Severity severity = severityFilter.getValue();
        String check = checkFilter.getValue();
        boolean ignored = showIgnored.getValue();
        List<QaResult> shown = report.results().stream()
                .filter(r -> severity == null || r.finding().severity() == severity)
                .filter(r -> check == null || r.finding().checkId().equals(check))
                .filter(r -> ignored || r.isOpen())
                .toList();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }

    private Anchor segmentLink(QaResult result) {
        Anchor link = new Anchor("documents/" + document.id() + "/" + locale + "?segment=" + result.ordinal(),
                String.valueOf(result.ordinal()));
        link.addClassName("qa-segment-link");
        link.getElement().setAttribute("data-ordinal", String.valueOf(result.ordinal()));
        return link;
    }

    private Span severityBadge(QaResult result) {
        Severity severity = result.finding().severity();
        Span badge = new Span(getTranslation("qa.severity." + severity.name()));
        badge.addClassNames("qa-severity", severity == Severity.ERROR ? "qa-error" : "qa-warning");
        if (!result.isOpen()) {
            badge.addClassName("qa-ignored");
        }
        return badge;
    }

    @Override
    public String getPageTitle() {
        return document == null ? "Tarjima" : getTranslation("qa.report.pageTitle", document.name(), locale) + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        if (document == null) {
            return List.of();
        }
        return List.of(
                new Crumb(getTranslation("nav.projects"), Routes.DASHBOARD),
                new Crumb(project.name(), Routes.project(project.id())),
                new Crumb(document.name() + " · " + locale, Routes.editor(document.id(), locale)),
                Crumb.current(getTranslation("qa.report.crumb")));
    }
}
