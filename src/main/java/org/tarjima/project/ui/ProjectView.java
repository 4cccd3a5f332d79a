package org.tarjima.project.ui;

import org.tarjima.base.ui.ComponentTexts;
import com.vaadin.flow.component.html.Anchor;
import org.tarjima.base.ui.Times;
import org.tarjima.review.LocaleSignOff;
import org.tarjima.review.ReviewService;
import org.tarjima.assignment.AssignmentService;
import org.tarjima.assignment.ui.MatrixAssignments;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.i18n.Message;
import org.tarjima.base.i18n.Messages;
import org.tarjima.base.ui.Crumb;
import org.tarjima.base.ui.Routes;
import org.tarjima.webhooks.ui.WebhookSettings;
import org.tarjima.base.ui.HasBreadcrumb;
import org.tarjima.base.ui.Notifications;
import org.tarjima.document.DocumentImportException;
import org.tarjima.document.DocumentService;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.intake.UploadJobs;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.ui.JobsPanel;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.analysis.ui.RateCardSettings;
import org.tarjima.interchange.ui.InterchangeDialogs;
import org.tarjima.interchange.ui.TargetLocaleDialog;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.SourceFormat;
import org.tarjima.project.PretranslateOnImport;
import org.tarjima.project.RepetitionsMode;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.ReplaceService;
import org.tarjima.translation.TranslationService;
import org.tarjima.translation.ui.ReplaceDialog;
import org.tarjima.translation.ui.StateBar;

/** A project: its documents × target locales as a progress matrix, and the article import. */
@Route(value = Routes.PROJECT)
@PermitAll
public class ProjectView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasBreadcrumb {

    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationService translations;
    private final InterchangeDialogs dialogs;
    private final UploadJobs uploads;
    private final Grid<DocumentSummary> matrix = new Grid<>();
    private final Div empty = new Div();
    private final H2 title = new H2();
    private final Div locales = new Div();
    private final Upload upload = new Upload();
    private final Select<PretranslateOnImport> pretranslate = PretranslateSelect.create(key -> getTranslation(key));
    private final Select<RepetitionsMode> repetitions = new Select<>();
    private final Anchor glossaryLink = Routes.link(Routes.DASHBOARD);
    private final Button deleteProject = new Button(getTranslation("project.delete.button"), VaadinIcon.TRASH.create());
    private final Button exportAll = new Button(getTranslation("project.exportAll"), VaadinIcon.DOWNLOAD_ALT.create());
    private final Button replaceAll = new Button(getTranslation("replace.button"), VaadinIcon.EXCHANGE.create());
    private final Button translatedAll = new Button(getTranslation("project.downloadTranslatedAll"), VaadinIcon.FILE_TEXT_O.create());
    private final Button analysisAll = new Button(getTranslation("analysis.open"), VaadinIcon.CHART.create());
    private final RateCardSettings rateCard;
    private ProjectSummary project;
    private Map<Long, Map<String, LocaleProgress>> progressByDocument = Map.of();
    private Map<Long, Map<String, LocaleSignOff>> signOffsByDocument = Map.of();
    private final ReviewService reviews;
    private final AssignmentService assignmentServices;
    private MatrixAssignments assignments;
    private boolean manager;
    private final JobService jobs;
    private JobsPanel jobsPanel;

    public ProjectView(ProjectService projects, DocumentService documents, TranslationService translations,
                       UploadJobs uploads, JobService jobs, MatrixServices matrixServices,
                       InterchangeDialogs dialogs, ReplaceService replacing) {
        this.dialogs = dialogs;
        this.variants = new VariantSettings(projects);
        this.reviews = matrixServices.reviews();
        this.assignmentServices = matrixServices.assignments();
        this.jobs = jobs;
        this.uploads = uploads;
        this.projects = projects;
        this.documents = documents;
        this.translations = translations;
        addClassName("page");
        setId("project-view");

        title.setId("project-title");
        locales.addClassName("locale-chips");
        exportAll.setId("export-project");
        exportAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exportAll.addClickListener(click -> dialogs.openExport(project.id(), null, project.name(),
                project.targetLocales(), jobsPanel::refresh));
        translatedAll.setId("translated-project");
        translatedAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        translatedAll.addClickListener(click -> dialogs.openTranslatedDownload(project.id(), null, project.name(), 0,
                project.targetLocales(), jobsPanel::refresh));
        analysisAll.setId("analysis-open");
        analysisAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        analysisAll.addClickListener(click -> dialogs.analysis().openAnalysis(project.id(), null, project.name(),
                project.targetLocales(), documents.documents(project.id()).stream().mapToInt(DocumentSummary::segmentCount).sum(),
                jobsPanel::refresh));
        this.rateCard = dialogs.analysis().rateCardSettings();
        glossaryLink.setId("open-glossary");
        glossaryLink.add(VaadinIcon.BOOK.create(), new Span(getTranslation("glossary.title")));
        glossaryLink.addClassName("glossary-link");
        pretranslate.setId("project-pretranslate-setting");
        pretranslate.setWidth("24em");
        pretranslate.addClassName("project-pretranslate");
        pretranslate.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                project = projects.setPretranslate(project.id(), change.getValue());
                Notifications.success(getTranslation("project.pretranslateSaved",
                        getTranslation("project.pretranslate." + project.pretranslate().name())));
            }
        });
        deleteProject.setId("delete-project");
        deleteProject.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        deleteProject.addClickListener(click -> new DeleteProjectDialog(projects, project,
                () -> getUI().ifPresent(ui -> ui.navigate(DashboardView.class))).open());
        repetitions.setId("project-repetitions-setting");
        repetitions.setLabel(getTranslation("project.repetitions"));
        repetitions.setItems(RepetitionsMode.values());
        repetitions.setItemLabelGenerator(mode -> getTranslation("project.repetitions." + mode.name()));
        repetitions.setHelperText(getTranslation("project.repetitionsHint"));
        repetitions.setWidth("24em");
        repetitions.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                project = projects.setRepetitions(project.id(), change.getValue());
                Notifications.success(getTranslation("project.repetitionsSaved",
                        getTranslation("project.repetitions." + project.repetitions().name())));
            }
        });
        // Title and the project's actions on one line, its languages under it: the documents come right after.
        replaceAll.setId("replace-project");
        replaceAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // In every document of the project, for one of its locales at a time.
        replaceAll.addClickListener(click -> new ReplaceDialog(replacing,
                documents.documents(project.id()).stream().map(DocumentSummary::id).toList(), project.targetLocales(),
                this::showDocuments).open());
        Div actions = new Div(glossaryLink, replaceAll, analysisAll, translatedAll, exportAll, deleteProject);
        actions.addClassName("project-actions");
        Div header = new Div(title, actions);
        header.addClassName("page-header");
        locales.setId("project-locales");

        upload.setId("document-upload");
        upload.setMaxFiles(10);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploads.maxBytes()));
        upload.setAcceptedFileTypes(".docx", ".docm", ".odt", ".pptx", ".xlsx", ".txt", ".md", ".markdown", ".html", ".htm",
                ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".properties",
                "text/plain", "text/markdown", "text/html", "application/xliff+xml", "application/xml", "text/xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setDropLabel(new Span(getTranslation("project.dropArticle")));
        upload.setI18n(ComponentTexts.upload(this, "project.uploadFile", "project.uploadFiles"));
        upload.addFileRejectedListener(rejected -> Notifications.error(
                getTranslation("error.fileRejected", rejected.getFileName(), rejected.getErrorMessage())));

        matrix.setId("document-matrix");
        matrix.addClassName("document-matrix");
        matrix.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        matrix.setAllRowsVisible(true);
        empty.setText(getTranslation("project.noDocuments"));
        empty.addClassName("empty-state");
        empty.setId("project-empty");
        // The settings matter when importing; they wait below the documents, folded, instead of pushing them down.
        settingsFields = new Div(pretranslate, repetitions, variants, rateCard);
        settingsFields.addClassName("project-settings");
        settings = new Details(getTranslation("project.settings"), settingsFields);
        settings.setId("project-settings");
        settings.addClassName("project-settings-details");
        add(header, locales, matrix, empty, upload, settings);
    }

    private final Details settings;
    private final Div settingsFields;
    private final VariantSettings variants;
    private WebhookSettings webhooks;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ProjectSummary> found = event.getRouteParameters().getLong("projectId").flatMap(projects::find);
        if (found.isEmpty()) {
            Notifications.error(getTranslation("error.projectNotFound"));
            event.forwardTo(DashboardView.class);
            return;
        }
        project = found.get();
        title.setText(project.name());
        glossaryLink.setHref(Routes.projectGlossary(project.id()));
        locales.removeAll();
        Span source = new Span(project.sourceLocale());
        source.addClassNames("locale-chip", "source");
        locales.add(source, new Span("→"));
        Span cldr = new Span(getTranslation("project.cldr", project.cldrVersion()));
        cldr.addClassName("cldr-version");
        cldr.setId("project-cldr");
        project.targetLocales().forEach(tag -> {
            Span chip = new Span(tag);
            chip.addClassName("locale-chip");
            chip.getElement().setAttribute("title", LocaleTag.displayName(tag, getLocale()));
            locales.add(chip);
        });
        locales.add(cldr);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> importArticle(metadata.fileName(), data))));
        // Import, export and the XLIFF column are a manager's tools; translators and reviewers get the matrix.
        manager = projects.mayManage(project.id());
        upload.setVisible(manager);
        deleteProject.setVisible(manager);
        // Only managers change it; the setting matters only to those who import.
        settings.setVisible(manager);
        repetitions.setValue(project.repetitions());
        pretranslate.setValue(project.pretranslate());
        if (manager) {
            variants.show(project);
            rateCard.show(project.id());
            webhookSettings().show(project.id());
        }
        assignments = new MatrixAssignments(assignmentServices, project.id(), this::showDocuments);
        configureColumns();
        showDocuments();
        if (jobsPanel != null) {
            remove(jobsPanel);
        }
        jobsPanel = new JobsPanel(jobs, project.id(), this::showDocuments);
        addComponentAtIndex(indexOf(settings), jobsPanel);
    }

    /** Made by the instantiator, its service injected, so that the view keeps to its eight services. */
    private WebhookSettings webhookSettings() {
        if (webhooks == null) {
            webhooks = Instantiator.get(UI.getCurrent()).getOrCreate(WebhookSettings.class);
            settingsFields.add(webhooks);
        }
        return webhooks;
    }

    private void importArticle(String fileName, byte[] data) {
        List<String> choices = uploads.targetLocaleChoices(project.id(), fileName, data);
        if (choices.isEmpty()) {
            importArticle(fileName, data, null);
        } else {
            // An XLIFF file whose translations do not say their language: the manager says it, nothing is guessed.
            new TargetLocaleDialog(fileName, choices, locale -> importArticle(fileName, data, locale)).open();
        }
    }

    private void importArticle(String fileName, byte[] data, String targetLocale) {
        long projectId = project.id();
        JobService.JobHandle<IncomingFiles.Imported> job = uploads.submitImport(projectId, fileName, data, targetLocale,
                Message.of("jobs.importing", fileName), ProjectView::importedMessage);
        try {
            job.await(JobService.SHOW_AS_JOB_AFTER).ifPresentOrElse(imported -> {
                Notifications.success(Messages.say(this, importedMessage(imported)));
                showDocuments();
            }, () -> Notifications.success(getTranslation("jobs.continues", fileName)));
        } catch (DocumentImportException e) {
            Notifications.error(getTranslation("error.importRefused", fileName, Messages.say(this, e.userMessage())));
        } catch (InterchangeException e) {
            Notifications.error(getTranslation("error.importRefused", fileName, Messages.say(this, e.userMessage())));
        }
        jobsPanel.refresh();
    }

    /** "Imported a.md: 12 segments, 80 words", and how many targets the TM filled when the project does that. */
    private static Message importedMessage(IncomingFiles.Imported imported) {
        DocumentSummary document = imported.document();
        Message message = Message.of("project.imported", document.name(), document.segmentCount(), document.wordCount());
        if (imported.pretranslated().mode() == PretranslateOnImport.OFF) {
            return message;
        }
        return Message.of("text.joined", message, Message.of("project.pretranslated."
                + imported.pretranslated().mode().name(), imported.pretranslated().total()));
    }

    private void configureColumns() {
        matrix.removeAllColumns();
        // Widths in pixels: header and body cells have different font sizes, so em would size them differently. The
        // document names stay on the left and the actions on the right however many locales scroll between them.
        matrix.addComponentColumn(this::documentCell).setHeader(getTranslation("project.document"))
                .setWidth("220px").setFlexGrow(1).setFrozen(true);
        for (String locale : project.targetLocales()) {
            matrix.addComponentColumn(document -> localeCell(document, locale))
                    .setHeader(localeHeader(locale)).setWidth("92px").setFlexGrow(0);
        }
        if (manager) {
            matrix.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("project.xliff")).setWidth("212px")
                    .setFlexGrow(0).setFrozenToEnd(true);
        }
    }

    private Component actions(DocumentSummary document) {
        if (document.format() == SourceFormat.PROPERTIES) {
            return bundleActions(document);
        }
        Button export = new Button(VaadinIcon.DOWNLOAD_ALT.create(), click -> dialogs.openExport(project.id(),
                document.id(), document.name(), project.targetLocales(), jobsPanel::refresh));
        export.setId("export-" + document.id());
        export.setTooltipText(getTranslation("project.export"));
        export.setAriaLabel(getTranslation("project.export"));
        Button importFile = new Button(VaadinIcon.UPLOAD_ALT.create(), click -> dialogs.openImport(
                project.id(), document.id(), document.name(), () -> {
                    showDocuments();
                    jobsPanel.refresh();
                }));
        importFile.setId("import-" + document.id());
        importFile.setTooltipText(getTranslation("project.import"));
        importFile.setAriaLabel(getTranslation("project.import"));
        export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importFile.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return actionBar(analysisButton(document), translatedButton(document), export, importFile, deleteButton(document));
    }

    /** The document's match analysis: its words per TM band, and for those who may see it, the cost. */
    private Button analysisButton(DocumentSummary document) {
        Button analysis = new Button(VaadinIcon.CHART.create(), click -> dialogs.analysis().openAnalysis(project.id(),
                document.id(), document.name(), project.targetLocales(), document.segmentCount(), jobsPanel::refresh));
        analysis.setId("analysis-open-" + document.id());
        analysis.setTooltipText(getTranslation("analysis.open"));
        analysis.setAriaLabel(getTranslation("analysis.open"));
        analysis.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return analysis;
    }

    private static Div actionBar(Component... buttons) {
        Div bar = new Div(buttons);
        bar.addClassName("matrix-actions");
        return bar;
    }

    /** The translated document in its own format: what the content team publishes. */
    private Button translatedButton(DocumentSummary document) {
        Button translated = new Button(VaadinIcon.FILE_TEXT_O.create(), click -> dialogs.openTranslatedDownload(
                project.id(), document.id(), document.name(), document.segmentCount(), project.targetLocales(),
                jobsPanel::refresh));
        translated.setId("translated-" + document.id());
        translated.setTooltipText(getTranslation("project.downloadTranslated"));
        translated.setAriaLabel(getTranslation("project.downloadTranslated"));
        translated.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return translated;
    }

    private Button deleteButton(DocumentSummary document) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> new DeleteDocumentDialog(documents, document,
                this::showDocuments).open());
        delete.setId("delete-" + document.id());
        delete.setTooltipText(getTranslation("document.delete.button"));
        delete.setAriaLabel(getTranslation("document.delete.button"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return delete;
    }

    /** A message bundle goes back as the translated .properties file, and existing translations come in the same way. */
    private Component bundleActions(DocumentSummary document) {
        Button export = new Button(VaadinIcon.DOWNLOAD_ALT.create(), click -> dialogs.openBundleExport(
                document.id(), document.name(), document.segmentCount(), project.targetLocales()));
        export.setId("export-" + document.id());
        export.setTooltipText(getTranslation("project.exportBundle"));
        export.setAriaLabel(getTranslation("project.exportBundle"));
        Button importFile = new Button(VaadinIcon.UPLOAD_ALT.create(), click -> dialogs.openBundleImport(
                document.id(), document.name(), project.targetLocales(), this::showDocuments));
        importFile.setId("import-" + document.id());
        importFile.setTooltipText(getTranslation("project.importBundle"));
        importFile.setAriaLabel(getTranslation("project.importBundle"));
        export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importFile.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return actionBar(analysisButton(document), translatedButton(document), export, importFile, deleteButton(document));
    }

    private Component localeHeader(String locale) {
        Span header = new Span(locale);
        header.setId("matrix-header-" + locale);
        header.getElement().setAttribute("title", LocaleTag.displayName(locale, getLocale()));
        return header;
    }

    private void showDocuments() {
        List<DocumentSummary> all = documents.documents(project.id());
        progressByDocument = new HashMap<>();
        signOffsByDocument = new HashMap<>();
        for (DocumentSummary document : all) {
            progressByDocument.put(document.id(), translations.progress(document.id(), project.targetLocales()));
            signOffsByDocument.put(document.id(), reviews.signOffs(document.id()));
        }
        assignments.reload();
        matrix.setItems(all);
        matrix.setVisible(!all.isEmpty());
        exportAll.setVisible(manager && !all.isEmpty());
        translatedAll.setVisible(manager && !all.isEmpty());
        replaceAll.setVisible(!all.isEmpty());
        analysisAll.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private Component documentCell(DocumentSummary document) {
        Span name = new Span(document.name());
        name.addClassName("doc-name");
        Span meta = new Span(getTranslation("project.documentMeta", document.segmentCount(), document.wordCount(),
                getTranslation("format." + document.format().name())));
        meta.addClassName("doc-meta");
        Div cell = new Div(name, new Div(meta));
        if (!manager) {
            // Translators and reviewers have no actions column; the analysis (word counts) is theirs too.
            cell.add(analysisButton(document));
        }
        cell.setId("document-" + document.id());
        return cell;
    }

    private Component localeCell(DocumentSummary document, String locale) {
        LocaleProgress progress = progressByDocument.getOrDefault(document.id(), Map.of())
                .getOrDefault(locale, LocaleProgress.empty(locale));
        Anchor link = Routes.link(Routes.editor(document.id(), locale));
        link.add(new StateBar(progress));
        LocaleSignOff signOff = signOffsByDocument.getOrDefault(document.id(), Map.of()).get(locale);
        if (signOff != null) {
            Span seal = new Span(VaadinIcon.DIPLOMA.create(), new Span(getTranslation("project.signedOff")));
            seal.addClassName("matrix-seal");
            seal.setId("seal-" + document.id() + "-" + locale);
            seal.getElement().setAttribute("title", getTranslation("review.signedOff", signOff.signedBy(),
                    Times.format(signOff.signedAt(), getLocale())));
            link.add(seal);
        }
        link.addClassName("matrix-cell");
        link.setId("open-" + document.id() + "-" + locale);
        link.getElement().setAttribute("title", getTranslation("project.openEditor", LocaleTag.displayName(locale, getLocale())));
        Div cell = new Div(link, assignments.cell(document.id(), document.name(), locale));
        cell.addClassName("matrix-cell-wrap");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return (project == null ? "" : project.name() + " · ") + "Tarjima";
    }

    @Override
    public List<Crumb> breadcrumb() {
        return List.of(new Crumb(getTranslation("nav.projects"), Routes.DASHBOARD),
                Crumb.current(project == null ? "" : project.name()));
    }
}
