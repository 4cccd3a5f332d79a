package org.tarjima.interchange.ui;

import org.tarjima.base.ui.ComponentTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.Div;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.i18n.Message;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.JobSnapshot;
import org.tarjima.interchange.xliff.ExportOptions;
import org.tarjima.interchange.xliff.ExportedFile;
import org.tarjima.interchange.xliff.XliffExportService;
import org.tarjima.interchange.xliff.XliffJobs;
import org.tarjima.translation.TargetState;

/**
 * Exports XLIFF for vendors: one document or a whole project, one locale as a file or several as a zip,
 * XLIFF 1.2 or 2.1, with the target states to include.
 */
public class ExportDialog extends Dialog {

    /**
     * @param documentId the document to export, or null for every document of the project
     */
    public ExportDialog(XliffExportService exports, XliffJobs xliffJobs, long projectId, Long documentId, String title,
                        List<String> locales, Runnable onJobStarted) {
        setId("export-dialog");
        setHeaderTitle(getTranslation("export.title", title));
        setWidth("min(600px, 95vw)");

        // A document usually goes to one vendor language at a time; a project export usually means all of them.
        AtomicReference<Set<String>> chosenLocales = new AtomicReference<>(new LinkedHashSet<>(
                documentId == null ? locales : locales.subList(0, 1)));
        AtomicReference<Set<TargetState>> chosenStates = new AtomicReference<>(EnumSet.allOf(TargetState.class));
        AtomicReference<String> chosenVersion = new AtomicReference<>("1.2");

        MultiSelectComboBox<String> locale = new MultiSelectComboBox<>(getTranslation("export.locales"));
        locale.setId("export-locales");
        locale.setI18n(ComponentTexts.multiSelect(this));
        locale.setItems(locales);
        locale.setItemLabelGenerator(tag -> tag + " · " + LocaleTag.displayName(tag, getLocale()));
        locale.setValue(chosenLocales.get());
        locale.setWidthFull();

        Select<String> version = new Select<>();
        version.setId("export-version");
        version.setLabel(getTranslation("export.version"));
        version.setItems(exports.versions());
        version.setItemLabelGenerator(v -> "XLIFF " + v);
        version.setValue("1.2");
        version.addValueChangeListener(change -> chosenVersion.set(change.getValue()));

        CheckboxGroup<TargetState> states = new CheckboxGroup<>(getTranslation("export.states"));
        states.setId("export-states");
        states.setItems(TargetState.values());
        states.setItemLabelGenerator(state -> getTranslation("state." + state.name()));
        states.setValue(EnumSet.allOf(TargetState.class));
        // XLIFF 1.2 carries a segment in a <trans-unit>, 2.x in a <unit>: the text names the one the file will have.
        Paragraph format = new Paragraph(getTranslation("export.format", "<trans-unit>"));
        version.addValueChangeListener(change -> format.setText(getTranslation("export.format",
                change.getValue() != null && change.getValue().startsWith("2") ? "<unit>" : "<trans-unit>")));
        format.addClassName("dialog-hint");

        // One file is made when the link is followed, so it holds the targets as they are at that moment.
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportedFile file = exports.exportXliff(documentId, List.copyOf(chosenLocales.get()).get(0), chosenVersion.get(),
                    new ExportOptions(chosenStates.get()));
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), "");
        // Several files make a zip, prepared as a job: a whole project can take a while.
        Button prepareZip = new Button(getTranslation("export.prepareZip"), VaadinIcon.FILE_ZIP.create());
        prepareZip.setId("export-zip");
        prepareZip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div ready = new Div();
        ready.setId("export-ready");
        prepareZip.addClickListener(click -> {
            List<String> selected = List.copyOf(chosenLocales.get());
            String xliffVersion = chosenVersion.get();
            ExportOptions options = new ExportOptions(chosenStates.get());
            JobService.JobHandle<JobSnapshot.JobFile> job = xliffJobs.submitZipExport(projectId,
                    documentId == null ? List.of() : List.of(documentId), selected, xliffVersion, options,
                    Message.of("jobs.exporting", title), file -> Message.of("jobs.exported", file.fileName()));
            ZipJobOffer.offer(job, this, ready, "export-zip-download", title);
            onJobStarted.run();
        });
        Runnable single = () -> {
            boolean one = documentId != null && chosenLocales.get().size() == 1;
            download.setVisible(one);
            prepareZip.setVisible(!one);
        };
        single.run();
        download.setId("export-download");
        download.getElement().setAttribute("download", true);
        Button downloadButton = new Button(getTranslation("export.download"), VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        Runnable enable = () -> downloadButton.setEnabled(!chosenLocales.get().isEmpty() && !chosenStates.get().isEmpty());
        locale.addValueChangeListener(change -> {
            chosenLocales.set(new LinkedHashSet<>(change.getValue()));
            enable.run();
            single.run();
            prepareZip.setEnabled(!change.getValue().isEmpty());
        });
        states.addValueChangeListener(change -> {
            chosenStates.set(change.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(change.getValue()));
            enable.run();
        });

        add(new VerticalLayout(locale, version, states, format, ready));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), download, prepareZip);
    }
}
