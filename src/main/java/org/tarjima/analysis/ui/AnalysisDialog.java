package org.tarjima.analysis.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.tarjima.analysis.Analysis;
import org.tarjima.analysis.AnalysisReports;
import org.tarjima.analysis.AnalysisService;
import org.tarjima.analysis.LocaleAnalysis;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.i18n.Message;
import org.tarjima.base.ui.Notifications;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.Progress;
import org.tarjima.security.NotPermittedException;

/**
 * The match analysis of a document or a whole project: per locale a table of bands with plain CSS bars, weighted
 * words and, for those who may see it, the cost; downloadable as CSV and as a self-contained HTML report. An analysis
 * of more than {@link AnalysisService#JOB_ABOVE_SEGMENTS} lookups runs as a job (listed with the project's jobs,
 * with progress) and the dialog shows it when it is done.
 */
class AnalysisDialog extends Dialog {

    private static final Duration POLL = Duration.ofMillis(500);

    private final AnalysisService analyses;
    private final AnalysisReports reports;
    private final long projectId;
    private final Long documentId;
    private final String title;
    private final int segments;
    private final Runnable onJobStarted;
    private final MultiSelectComboBox<String> locales = new MultiSelectComboBox<>();
    private final Div result = new Div();
    private final Div downloads = new Div();
    private Analysis shown;
    private Registration polling;

    /**
     * @param documentId the document, or null for every document of the project
     * @param segments   how many segments the analysis goes through (the document's, or the project's)
     */
    AnalysisDialog(AnalysisService analyses, AnalysisReports reports, long projectId, Long documentId, String title,
                   List<String> targetLocales, int segments, Runnable onJobStarted) {
        this.analyses = analyses;
        this.reports = reports;
        this.projectId = projectId;
        this.documentId = documentId;
        this.title = title;
        this.segments = segments;
        this.onJobStarted = onJobStarted;
        setId("analysis-dialog");
        setHeaderTitle(getTranslation("analysis.title", title));
        setWidth("min(860px, 96vw)");

        locales.setId("analysis-locales");
        locales.setLabel(getTranslation("analysis.locales"));
        locales.setItems(targetLocales);
        locales.setItemLabelGenerator(tag -> tag + " · " + LocaleTag.displayName(tag, getLocale()));
        locales.setValue(new LinkedHashSet<>(targetLocales));
        locales.setWidthFull();
        Button run = new Button(getTranslation("analysis.run"), VaadinIcon.CHART.create(), click -> run());
        run.setId("analysis-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        locales.addValueChangeListener(change -> run.setEnabled(!change.getValue().isEmpty()));
        Div chooser = new Div(locales, run);
        chooser.addClassName("analysis-chooser");
        result.setId("analysis-result");
        result.addClassName("analysis-result");
        downloads.addClassName("analysis-downloads");
        add(chooser, result);
        getFooter().add(downloads, new Button(getTranslation("action.close"), click -> close()));
        run();
    }

    /** The chosen locales in the project's order. */
    private List<String> chosen() {
        return locales.getListDataView().getItems().filter(locales.getValue()::contains).toList();
    }

    private void run() {
        List<String> chosen = chosen();
        if (chosen.isEmpty()) {
            return;
        }
        stopPolling();
        try {
            if ((long) segments * chosen.size() <= AnalysisService.JOB_ABOVE_SEGMENTS) {
                show(documentId == null ? analyses.analyzeProject(projectId, List.of(), chosen, Progress.NONE)
                        : analyses.analyzeDocument(documentId, chosen, Progress.NONE));
                return;
            }
            // Kept as keys: the job list says them in each viewer's language.
            JobService.JobHandle<Analysis> job = analyses.submit(projectId, documentId, chosen,
                    Message.of("analysis.job", title), done -> Message.of("analysis.jobDone", title));
            Optional<Analysis> ready = job.await(JobService.SHOW_AS_JOB_AFTER);
            if (ready.isPresent()) {
                show(ready.get());
            } else {
                waitFor(() -> job.await(Duration.ZERO), (long) segments * chosen.size());
                onJobStarted.run();
            }
        } catch (NotPermittedException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** A progress bar while the job runs; the dialog looks every half second and shows the result when it is there. */
    private void waitFor(Supplier<Optional<Analysis>> done, long lookups) {
        result.removeAll();
        downloads.removeAll();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setId("analysis-progress");
        result.add(new Paragraph(getTranslation("analysis.running", lookups)), bar);
        UI ui = UI.getCurrent();
        ui.setPollInterval((int) POLL.toMillis());
        polling = ui.addPollListener(poll -> {
            try {
                done.get().ifPresent(analysis -> {
                    stopPolling();
                    show(analysis);
                });
            } catch (RuntimeException failed) {
                stopPolling();
                result.removeAll();
                Notifications.error(getTranslation("error.unexpected"));
            }
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
        super.onDetach(event);
    }

    private void show(Analysis analysis) {
        shown = analysis;
        result.removeAll();
        Locale reader = getLocale();
        for (LocaleAnalysis locale : analysis.locales()) {
            Span tag = new Span(locale.locale());
            tag.addClassName("locale-chip");
            H3 heading = new H3(LocaleTag.displayName(locale.locale(), reader));
            heading.add(tag);
            heading.setId("analysis-heading-" + locale.locale());
            result.add(heading, table(analysis, locale, reader));
            if (locale.cost() != null) {
                Paragraph cost = new Paragraph(getTranslation("analysis.costOf", locale.locale(),
                        AnalysisReports.money(locale.cost(), reader)));
                cost.setId("analysis-cost-" + locale.locale());
                cost.addClassName("analysis-cost");
                result.add(cost);
            }
        }
        if (!analysis.withCosts()) {
            Paragraph hidden = new Paragraph(getTranslation("analysis.costsHidden"));
            hidden.setId("analysis-costs-hidden");
            hidden.addClassName("dialog-hint");
            result.add(hidden);
        }
        downloads.removeAll();
        downloads.add(download("analysis-download-csv", "analysis.downloadCsv", "csv", "text/csv"),
                download("analysis-download-html", "analysis.downloadHtml", "html", "text/html"));
    }

    private Grid<AnalysisReports.Row> table(Analysis analysis, LocaleAnalysis locale, Locale reader) {
        Grid<AnalysisReports.Row> grid = new Grid<>();
        grid.setId("analysis-table-" + locale.locale());
        grid.addClassName("analysis-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        int total = Math.max(1, locale.totalWords());
        grid.addColumn(row -> getTranslation(row.key())).setHeader(getTranslation("analysis.band")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> AnalysisReports.number(row.counts().segments(), reader))
                .setHeader(getTranslation("analysis.segments")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(row -> AnalysisReports.number(row.counts().words(), reader))
                .setHeader(getTranslation("analysis.words")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addComponentColumn(row -> bar(row, total)).setHeader(getTranslation("analysis.share")).setFlexGrow(2);
        if (analysis.withCosts()) {
            grid.addColumn(row -> row.percent() == null ? "" : AnalysisReports.percent(row.percent(), reader))
                    .setHeader(getTranslation("analysis.percent"))
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            grid.addColumn(row -> row.weighted() == null ? "" : AnalysisReports.number(row.weighted(), reader))
                    .setHeader(getTranslation("analysis.weighted"))
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        }
        List<AnalysisReports.Row> rows = new ArrayList<>(AnalysisReports.rows(locale, analysis.card()));
        if (!analysis.withCosts()) {
            // Weighted words are word counts, not money: whoever sees the table sees them, in the total row.
            grid.addColumn(row -> row.label().equals("total") ? AnalysisReports.number(row.weighted(), reader) : "")
                    .setHeader(getTranslation("analysis.weighted"))
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        }
        grid.setPartNameGenerator(row -> row.label().equals("total") ? "analysis-total" : null);
        grid.setItems(rows);
        return grid;
    }

    private static Div bar(AnalysisReports.Row row, int totalWords) {
        Div track = new Div();
        track.addClassName("analysis-bar");
        // An empty band shows an empty track, not a sliver.
        if (!row.label().equals("total") && row.counts().words() > 0) {
            Span fill = new Span();
            fill.addClassName("analysis-bar-fill");
            fill.addClassName("band-" + row.label().replace(' ', '-'));
            fill.getStyle().setWidth(Math.round(row.counts().words() * 1000.0 / totalWords) / 10.0 + "%");
            track.add(fill);
        }
        return track;
    }

    private Anchor download(String id, String labelKey, String extension, String mediaType) {
        Analysis analysis = shown;
        Locale reader = getLocale();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = extension.equals("csv") ? reports.csv(analysis) : reports.html(analysis, reader);
            return new DownloadResponse(new ByteArrayInputStream(content), AnalysisReports.fileName(analysis, extension),
                    mediaType + "; charset=utf-8", content.length);
        }), "");
        link.setId(id);
        link.getElement().setAttribute("download", true);
        Button button = new Button(getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.add(button);
        return link;
    }
}
