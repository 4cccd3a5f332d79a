package org.tarjima.glossary.ui;

import org.tarjima.base.ui.ComponentTexts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.Routes;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Notifications;
import org.tarjima.glossary.ExportedGlossary;
import org.tarjima.glossary.GlossaryEntry;
import org.tarjima.glossary.GlossaryException;
import org.tarjima.glossary.GlossaryFormat;
import org.tarjima.glossary.GlossaryImportException;
import org.tarjima.glossary.GlossaryLocales;
import org.tarjima.glossary.GlossaryPermissions;
import org.tarjima.glossary.GlossaryScope;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.ImportResult;
import org.tarjima.glossary.TermTranslation;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;

/**
 * A project's glossary (or, at {@code glossary}, the global one): the terms with a column per target locale, a
 * search, add/edit/delete for those who may, and CSV/TBX import and export.
 */
@Route(value = Routes.PROJECT_GLOSSARY)
@RouteAlias(value = Routes.GLOBAL_GLOSSARY)
@PermitAll
public class GlossaryView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasBreadcrumb {

    private static final int ALL_ROWS_UP_TO = 30;

    private final GlossaryService glossary;
    private final ProjectService projects;
    private final H2 title = new H2();
    private final Span count = new Span();
    private final TextField search = new TextField();
    private final Button add = new Button(getTranslation("glossary.add"), VaadinIcon.PLUS.create());
    private final Upload upload = new Upload();
    private final Div exports = new Div();
    private final Grid<GlossaryEntry> grid = new Grid<>();
    private final Div empty = new Div();
    private GlossaryScope scope;
    private ProjectSummary project;
    private GlossaryLocales locales;
    private GlossaryPermissions permissions;

    public GlossaryView(GlossaryService glossary, ProjectService projects, ImportLimit importLimit) {
        this.glossary = glossary;
        this.projects = projects;
        addClassNames("page", "glossary-view");
        setId("glossary-view");

        title.setId("glossary-title");
        count.setId("glossary-count");
        count.addClassName("glossary-count");
        Div header = new Div(title, count);
        header.addClassName("page-header");

        search.setId("glossary-search");
        search.setPlaceholder(getTranslation("glossary.search"));
        search.setAriaLabel(getTranslation("glossary.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        search.addClassName("glossary-search");

        add.setId("glossary-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> open(null));

        upload.setId("glossary-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importLimit.maxBytes()));
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", ".tbx", ".xml", "text/csv", "text/plain",
                "application/xml", "text/xml");
        upload.setDropLabel(new Span(getTranslation("glossary.drop")));
        upload.setI18n(ComponentTexts.upload(this, "glossary.import", "glossary.import"));
        upload.addFileRejectedListener(rejected -> Notifications.error(
                getTranslation("error.fileRejected", rejected.getFileName(), rejected.getErrorMessage())));
        upload.addClassName("glossary-upload");

        exports.addClassName("glossary-exports");
        Div toolbar = new Div(search, add, exports);
        toolbar.addClassName("glossary-toolbar");

        grid.setId("glossary-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("glossary-grid");
        empty.setId("glossary-empty");
        empty.addClassName("empty-state");
        add(header, toolbar, upload, grid, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> projectId = event.getRouteParameters().getLong("projectId");
        project = null;
        if (projectId.isPresent()) {
            Optional<ProjectSummary> found = projects.find(projectId.get());
            if (found.isEmpty()) {
                Notifications.error(getTranslation("error.projectNotFound"));
                event.forwardTo(Routes.DASHBOARD);
                return;
            }
            project = found.get();
            scope = GlossaryScope.project(project.id());
        } else {
            scope = GlossaryScope.GLOBAL;
        }
        title.setText(scope.global() ? getTranslation("glossary.globalTitle")
                : getTranslation("glossary.title"));
        locales = glossary.locales(scope);
        permissions = glossary.permissions(scope);
        add.setVisible(permissions.mayEdit());
        upload.setVisible(permissions.mayImport());
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> importFile(metadata.fileName(), data))));
        configureExports();
        configureColumns();
        refresh();
    }

    private void configureExports() {
        exports.removeAll();
        Span label = new Span(getTranslation("glossary.export"));
        label.addClassName("glossary-export-label");
        exports.add(label);
        for (GlossaryFormat format : GlossaryFormat.values()) {
            GlossaryScope exported = scope;
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                ExportedGlossary file = glossary.export(exported, format);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.mediaType(), file.content().length);
            }), "");
            link.getElement().setAttribute("download", true);
            link.setId("glossary-export-" + format.extension());
            Button button = new Button(format.name(), VaadinIcon.DOWNLOAD_ALT.create());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setTooltipText(getTranslation("glossary.exportAs", format.name()));
            link.add(button);
            exports.add(link);
        }
    }

    private void configureColumns() {
        grid.removeAllColumns();
        grid.addComponentColumn(this::termCell).setHeader(header(locales.source()))
                .setFlexGrow(2).setWidth("12em").setFrozen(true);
        for (String locale : locales.targets()) {
            grid.addComponentColumn(entry -> translationsCell(entry, locale)).setHeader(header(locale))
                    .setFlexGrow(1).setWidth("7.5em");
        }
        grid.addColumn(entry -> entry.notes() == null ? "" : entry.notes())
                .setHeader(getTranslation("glossary.column.notes")).setFlexGrow(2).setWidth("9em");
        if (permissions.mayEdit()) {
            grid.addComponentColumn(this::actions).setWidth("6em").setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.END).setFrozenToEnd(true);
        }
    }

    private Component header(String locale) {
        Span header = new Span(locale);
        header.getElement().setAttribute("title", LocaleTag.displayName(locale, getLocale()));
        return header;
    }

    private Component termCell(GlossaryEntry entry) {
        Span term = new Span(entry.term());
        term.addClassName("glossary-term");
        Div cell = new Div(term);
        cell.setId("glossary-entry-" + entry.id());
        if (entry.doNotTranslate()) {
            Span badge = new Span(getTranslation("glossary.doNotTranslate"));
            badge.addClassName("glossary-dnt-badge");
            cell.add(badge);
        }
        if (!entry.forms().isEmpty()) {
            cell.add(GlossaryEntryDialog.formsLabel(entry.forms()));
        }
        return cell;
    }

    private Component translationsCell(GlossaryEntry entry, String locale) {
        Div cell = new Div();
        cell.addClassName("glossary-translations");
        for (TermTranslation translation : entry.translations(locale)) {
            Span term = new Span(translation.term());
            term.addClassName(translation.forbidden() ? "glossary-forbidden" : "glossary-approved");
            StringBuilder title = new StringBuilder();
            if (translation.forbidden()) {
                title.append(getTranslation("glossary.forbiddenHint"));
            }
            if (!translation.forms().isEmpty()) {
                title.append(title.isEmpty() ? "" : " · ").append(String.join(", ", translation.forms()));
            }
            if (translation.notes() != null) {
                title.append(title.isEmpty() ? "" : " · ").append(translation.notes());
            }
            if (!title.isEmpty()) {
                term.getElement().setAttribute("title", title.toString());
            }
            cell.add(term);
        }
        return cell;
    }

    private Component actions(GlossaryEntry entry) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> open(entry));
        edit.setId("glossary-edit-" + entry.id());
        edit.setAriaLabel(getTranslation("glossary.edit"));
        edit.setTooltipText(getTranslation("glossary.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(entry));
        delete.setId("glossary-delete-" + entry.id());
        delete.setAriaLabel(getTranslation("glossary.delete"));
        delete.setTooltipText(getTranslation("glossary.delete"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(edit, delete);
        actions.addClassName("glossary-actions");
        return actions;
    }

    private void open(GlossaryEntry entry) {
        GlossaryEntry current = entry == null ? null : glossary.entry(scope, entry.id()).orElse(null);
        if (entry != null && current == null) {
            refresh();
            return;
        }
        new GlossaryEntryDialog(glossary, scope, locales, permissions, current, saved -> refresh()).open();
    }

    private void confirmDelete(GlossaryEntry entry) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("glossary-delete-dialog");
        confirm.setHeader(getTranslation("glossary.deleteConfirm.title", entry.term()));
        confirm.setText(getTranslation("glossary.deleteConfirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("glossary.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            try {
                glossary.delete(scope, entry.id());
                Notifications.success(getTranslation("glossary.deleted", entry.term()));
            } catch (NoSuchElementException gone) {
                // deleted by someone else meanwhile: the refresh shows it
            }
            refresh();
        });
        confirm.open();
    }

    private void importFile(String fileName, byte[] data) {
        try {
            ImportResult result = glossary.importFile(scope, fileName, data);
            Notifications.success(getTranslation("glossary.imported", fileName, result.created(), result.updated(),
                    result.unchanged()));
            if (!result.ignoredColumns().isEmpty()) {
                Notifications.error(getTranslation("glossary.importIgnored", String.join(", ", result.ignoredColumns())));
            }
        } catch (GlossaryImportException e) {
            String problem = getTranslation(e.messageKey(), e.arguments());
            Notifications.error(getTranslation("error.importRefused", fileName, e.line() > 0
                    ? getTranslation("glossary.import.line", String.valueOf(e.line()), problem) : problem));
        } catch (GlossaryException e) {
            Notifications.error(getTranslation("error.importRefused", fileName, getTranslation(e.messageKey(),
                    e.arguments())));
        }
        upload.clearFileList();
        refresh();
    }

    private void refresh() {
        List<GlossaryEntry> entries = glossary.entries(scope, search.getValue());
        grid.setItems(entries);
        // A short glossary shows whole; a long one scrolls inside the page's height.
        grid.setAllRowsVisible(entries.size() <= ALL_ROWS_UP_TO);
        grid.getElement().getClassList().set("glossary-grid-fill", entries.size() > ALL_ROWS_UP_TO);
        boolean filtered = !search.getValue().isBlank();
        boolean none = entries.isEmpty();
        grid.setVisible(!none);
        empty.setVisible(none);
        if (none) {
            empty.setText(filtered ? getTranslation("glossary.noMatch", search.getValue().strip())
                    : getTranslation(permissions.mayEdit() ? "glossary.empty.editor" : "glossary.empty.reader"));
        }
        count.setText(getTranslation("glossary.count", entries.size()));
        count.setVisible(!none || filtered);
        search.setVisible(!none || filtered);
    }

    @Override
    public String getPageTitle() {
        String name = scope == null || scope.global() ? getTranslation("glossary.globalTitle")
                : getTranslation("glossary.title") + " · " + (project == null ? "" : project.name());
        return name + " · Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        if (project == null) {
            return List.of(new Crumb(getTranslation("nav.projects"), Routes.DASHBOARD),
                    Crumb.current(getTranslation("glossary.globalTitle")));
        }
        return List.of(new Crumb(getTranslation("nav.projects"), Routes.DASHBOARD),
                new Crumb(project.name(), Routes.project(project.id())),
                Crumb.current(getTranslation("glossary.title")));
    }
}
