package org.tarjima.interchange.ui;

import org.tarjima.base.ui.ComponentTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import org.tarjima.base.i18n.Message;
import org.tarjima.base.i18n.Messages;
import org.tarjima.base.ui.Notifications;
import org.tarjima.interchange.xliff.ConflictChoice;
import org.tarjima.interchange.xliff.ImportFinding;
import org.tarjima.interchange.xliff.ImportReport;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.xliff.TargetLocaleNeededException;
import org.tarjima.interchange.xliff.XliffImportService;
import org.tarjima.interchange.xliff.XliffJobs;
import org.tarjima.interchange.XliffSource;
import org.tarjima.jobs.JobService;

/**
 * Takes a vendor's XLIFF back: upload, a preview of what would change (with conflicts to settle one by
 * one), then apply in one transaction. A rejected file shows why and changes nothing.
 */
public class ImportDialog extends Dialog {

    private final XliffImportService imports;
    private final XliffJobs xliffJobs;
    private final long projectId;
    private final String documentName;
    private final long documentId;
    private final Runnable onApplied;
    private final Div result = new Div();
    private final Button apply = new Button();
    private final Set<Long> takeFile = new HashSet<>();
    private Path file;
    /** The locale of the file's translations when the file names none and the project has several (null: the file's). */
    private String targetLocale;
    private String fileName;

    public ImportDialog(XliffImportService imports, XliffJobs xliffJobs, long projectId, long documentId, String documentName,
                        Runnable onApplied) {
        this.imports = imports;
        this.xliffJobs = xliffJobs;
        this.projectId = projectId;
        this.documentName = documentName;
        this.documentId = documentId;
        this.onApplied = onApplied;
        setId("import-dialog");
        setHeaderTitle(getTranslation("import.title", documentName));
        setWidth("min(1000px, 96vw)");

        UI ui = UI.getCurrent();
        // The upload goes to a temporary file that the import streams from, so a large file never sits in memory.
        upload = new Upload(UploadHandler.toTempFile((metadata, uploaded) -> ui.access(() -> preview(metadata.fileName(), uploaded.toPath()))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".xml", "application/xliff+xml", "application/xml", "text/xml");
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setI18n(ComponentTexts.upload(this));
        // A file of another type is refused with what to do; the upload is free again at once for the right one.
        upload.addFileRejectedListener(rejected -> {
            discardFile();
            apply.setEnabled(false);
            result.removeAll();
            Paragraph wrongType = new Paragraph(getTranslation("import.wrongType", rejected.getFileName()));
            wrongType.addClassName("import-refused");
            wrongType.setId("import-refused");
            result.add(wrongType);
            upload.clearFileList();
        });
        result.setId("import-result");

        apply.setText(getTranslation("import.apply"));
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> applyFile());
        add(upload, result);
        addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                discardFile();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), apply);
    }

    private void preview(String name, Path data) {
        discardFile();
        file = data;
        fileName = name;
        targetLocale = null;
        preview();
        // The outcome is in the result below; the upload takes another file (a corrected one) without "×" first.
        upload.clearFileList();
    }

    private final Upload upload;

    private void preview() {
        takeFile.clear();
        result.removeAll();
        try {
            ImportReport report = imports.preview(documentId, XliffSource.of(file), targetLocale);
            show(report);
            apply.setEnabled(!report.rejectedFile() && (report.changed() > 0 || report.conflicts() > 0));
        } catch (TargetLocaleNeededException e) {
            // The file's translations do not say their language: the manager chooses, then sees the preview.
            apply.setEnabled(false);
            TargetLocaleChoice choice = new TargetLocaleChoice(e.choices());
            choice.addValueChangeListener(change -> {
                targetLocale = change.getValue();
                preview();
            });
            result.add(new Paragraph(getTranslation("import.targetLocale.needed", fileName)), choice);
        } catch (InterchangeException e) {
            apply.setEnabled(false);
            Paragraph refused = new Paragraph(getTranslation("import.refused", Messages.say(this, e.userMessage())));
            refused.addClassName("import-refused");
            refused.setId("import-refused");
            result.add(refused);
        }
    }

    private void show(ImportReport report) {
        Paragraph summary = new Paragraph(getTranslation("import.summary", report.changed(), report.unchanged(),
                report.conflicts(), report.rejected()));
        summary.setId("import-summary");
        result.add(summary);
        if (report.rejectedFile()) {
            Paragraph rejected = new Paragraph(getTranslation("import.rejected"));
            rejected.addClassName("import-refused");
            result.add(rejected);
        }
        List<ImportFinding> worthShowing = report.findings().stream()
                .filter(f -> f.kind() != ImportFinding.Kind.UNCHANGED).toList();
        if (worthShowing.isEmpty()) {
            return;
        }
        Grid<ImportFinding> findings = new Grid<>();
        findings.setId("import-findings");
        findings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        findings.addColumn(f -> f.ordinal() == null ? f.unitId() : String.valueOf(f.ordinal()))
                .setHeader(getTranslation("import.segment")).setWidth("6.5em").setFlexGrow(0);
        findings.addComponentColumn(f -> {
            Span kind = new Span(getTranslation("import.kind." + f.kind().name()));
            kind.addClassNames("finding-badge", f.kind().blocking() ? "finding-blocking"
                    : f.kind() == ImportFinding.Kind.CONFLICT ? "finding-conflict" : "finding-change");
            if (f.message() != null) {
                // The finding's own message is English, for the API; the reason is the same for every unit of a kind.
                kind.getElement().setAttribute("title", getTranslation("import.why." + f.kind().name(), f.unitId(),
                        f.ordinal()));
            }
            return kind;
        }).setHeader(getTranslation("import.finding")).setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(ImportFinding::currentText).setHeader(getTranslation("import.current")).setFlexGrow(1);
        findings.addColumn(ImportFinding::incomingText).setHeader(getTranslation("import.incoming")).setFlexGrow(1);
        findings.addComponentColumn(f -> {
            if (f.kind() != ImportFinding.Kind.CONFLICT) {
                return new Span();
            }
            Checkbox take = new Checkbox(getTranslation("import.takeFile"));
            take.setId("take-file-" + f.ordinal());
            take.addValueChangeListener(change -> {
                if (change.getValue()) {
                    takeFile.add(f.segmentId());
                } else {
                    takeFile.remove(f.segmentId());
                }
            });
            return take;
        }).setAutoWidth(true).setFlexGrow(0);
        findings.setItems(worthShowing);
        findings.setAllRowsVisible(worthShowing.size() <= 12);
        if (worthShowing.size() > 12) {
            findings.setHeight("24em");
        }
        result.add(findings);
    }

    private void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file the system cleans up anyway
            }
            file = null;
        }
    }

    private void applyFile() {
        Path uploaded = file;
        // The job owns the file from here on: it deletes it when done.
        file = null;
        ConflictChoice choice = new ConflictChoice(false, Set.copyOf(takeFile));
        String locale = targetLocale;
        JobService.JobHandle<ImportReport> job = xliffJobs.submitVendorImport(projectId, documentId, uploaded, locale, choice,
                Message.of("jobs.importingXliff", documentName), ImportDialog::outcome);
        try {
            Optional<ImportReport> done = job.await(JobService.SHOW_AS_JOB_AFTER);
            if (done.isPresent() && !done.get().applied()) {
                result.removeAll();
                show(done.get());
                apply.setEnabled(false);
                return;
            }
            done.ifPresentOrElse(report -> Notifications.success(Messages.say(this, outcome(report))),
                    () -> Notifications.success(getTranslation("jobs.continues", documentName)));
            close();
            onApplied.run();
        } catch (InterchangeException e) {
            Notifications.error(getTranslation("import.refused", Messages.say(this, e.userMessage())));
            close();
            onApplied.run();
        }
    }

    /** A key and arguments: the job list says it in the language of whoever reads it. */
    private static Message outcome(ImportReport report) {
        return report.applied()
                ? Message.of("import.applied", report.changed() + report.conflictsTaken(), report.conflicts() - report.conflictsTaken())
                : Message.of("import.rejected");
    }
}
