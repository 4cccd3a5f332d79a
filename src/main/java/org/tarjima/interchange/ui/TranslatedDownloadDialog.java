package org.tarjima.interchange.ui;

import org.tarjima.base.ui.ComponentTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.translated.MinState;
import org.tarjima.interchange.translated.TranslatedDocumentService;
import org.tarjima.interchange.translated.TranslatedFile;
import org.tarjima.interchange.translated.TranslatedJobs;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.JobSnapshot;

/**
 * Downloads the translated document in its own format (Word stays Word): one document in one locale as a file,
 * saying how many segments keep their source text; several locales, or the whole project, as a zip prepared as a job
 * when it takes more than a moment.
 */
public class TranslatedDownloadDialog extends Dialog {

    /**
     * @param documentId the document, or null for every document of the project
     * @param segments   the document's segment count (for the line about segments keeping their source)
     */
    public TranslatedDownloadDialog(TranslatedDocumentService translated, TranslatedJobs jobs, long projectId,
                                    Long documentId, String title, int segments, List<String> locales,
                                    Runnable onJobStarted) {
        setId("translated-dialog");
        setHeaderTitle(getTranslation("translated.title", title));
        setWidth("min(600px, 95vw)");

        AtomicReference<Set<String>> chosenLocales = new AtomicReference<>(new LinkedHashSet<>(
                documentId == null ? locales : locales.subList(0, 1)));
        AtomicReference<MinState> chosenState = new AtomicReference<>(MinState.TRANSLATED);

        MultiSelectComboBox<String> locale = new MultiSelectComboBox<>(getTranslation("translated.locales"));
        locale.setId("translated-locales");
        locale.setI18n(ComponentTexts.multiSelect(this));
        locale.setItems(locales);
        locale.setItemLabelGenerator(tag -> tag + " · " + LocaleTag.displayName(tag, getLocale()));
        locale.setValue(chosenLocales.get());
        locale.setWidthFull();

        Select<MinState> minState = new Select<>();
        minState.setId("translated-min-state");
        minState.setLabel(getTranslation("translated.minState"));
        minState.setItems(MinState.values());
        minState.setItemLabelGenerator(state -> getTranslation("translated.minState." + state.name()));
        minState.setValue(MinState.TRANSLATED);
        minState.setWidthFull();

        Paragraph fallback = new Paragraph();
        fallback.setId("translated-fallback");
        fallback.addClassName("dialog-hint");
        Paragraph format = new Paragraph(getTranslation("translated.format"));
        format.addClassName("dialog-hint");

        // The file is made when the link is followed, from the targets as they are at that moment.
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            TranslatedFile file = translated.translated(documentId, List.copyOf(chosenLocales.get()).get(0), chosenState.get());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), "");
        download.setId("translated-download");
        download.getElement().setAttribute("download", true);
        Button downloadButton = new Button(getTranslation("translated.download"), VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);

        Button prepareZip = new Button(getTranslation("export.prepareZip"), VaadinIcon.FILE_ZIP.create());
        prepareZip.setId("translated-zip");
        prepareZip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div ready = new Div();
        ready.setId("translated-ready");
        prepareZip.addClickListener(click -> {
            JobService.JobHandle<JobSnapshot.JobFile> job = jobs.submitZip(projectId,
                    documentId == null ? List.of() : List.of(documentId), List.copyOf(chosenLocales.get()),
                    chosenState.get(), Message.of("jobs.preparingTranslated", title),
                    file -> Message.of("jobs.exported", file.fileName()));
            ZipJobOffer.offer(job, this, ready, "translated-zip-download", title);
            onJobStarted.run();
        });

        Runnable update = () -> {
            boolean one = documentId != null && chosenLocales.get().size() == 1;
            download.setVisible(one);
            prepareZip.setVisible(!one);
            prepareZip.setEnabled(!chosenLocales.get().isEmpty());
            fallback.setVisible(one);
            if (one) {
                int keeping = translated.fallbackSegments(documentId, List.copyOf(chosenLocales.get()).get(0),
                        chosenState.get());
                fallback.setText(getTranslation("translated.fallback", keeping, segments));
            }
        };
        update.run();
        locale.addValueChangeListener(change -> {
            chosenLocales.set(new LinkedHashSet<>(change.getValue()));
            update.run();
        });
        minState.addValueChangeListener(change -> {
            chosenState.set(change.getValue() == null ? MinState.TRANSLATED : change.getValue());
            update.run();
        });

        add(new VerticalLayout(locale, minState, fallback, format, ready));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), download, prepareZip);
    }
}
