package org.tarjima.memory.ui;

import org.tarjima.base.ui.ComponentTexts;
import org.tarjima.base.i18n.Messages;
import org.tarjima.base.UserInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tarjima.base.ImportLimit;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Notifications;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import org.tarjima.memory.TmPair;
import org.tarjima.memory.TmxService;

/**
 * Imports a TMX 1.4b file into a language pair: the chosen pair by default, or any other (a new one too). The source
 * language may be left empty to take the file's {@code srclang}. A file that cannot be read adds nothing.
 */
class TmxImportDialog extends Dialog {

    private final TmxService tmx;
    private final ComboBox<String> source = new ComboBox<>();
    private final ComboBox<String> target = new ComboBox<>();
    private final Upload upload = new Upload();
    private final Span result = new Span();
    private final Consumer<TmxService.TmxImportReport> onImported;

    TmxImportDialog(TmxService tmx, ImportLimit importLimit, TmPair chosen, Consumer<TmxService.TmxImportReport> onImported) {
        this.tmx = tmx;
        this.onImported = onImported;
        setId("memory-import-dialog");
        setHeaderTitle(getTranslation("memory.import.title"));

        List<String> offered = new ArrayList<>(List.of("en"));
        offered.addAll(LocaleTag.DEFAULT_TARGETS);
        configure(source, "memory-import-source", getTranslation("memory.import.source"), offered);
        source.setHelperText(getTranslation("memory.import.sourceHint"));
        source.setClearButtonVisible(true);
        configure(target, "memory-import-target", getTranslation("memory.import.target"), LocaleTag.DEFAULT_TARGETS);
        target.setRequired(true);
        if (chosen != null) {
            source.setValue(chosen.sourceLocale());
            target.setValue(chosen.targetLocale());
        }

        upload.setId("memory-tmx-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importLimit.maxBytes()));
        upload.setAcceptedFileTypes(".tmx", ".xml", "application/x-tmx+xml", "application/xml", "text/xml");
        upload.setDropLabel(new Span(getTranslation("memory.import.drop")));
        upload.setI18n(ComponentTexts.upload(this, "memory.import.file", "memory.import.file"));
        upload.addFileRejectedListener(rejected -> Notifications.error(
                getTranslation("error.fileRejected", rejected.getFileName(), rejected.getErrorMessage())));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> importFile(metadata.fileName(), data))));

        result.setId("memory-import-result");
        result.addClassName("memory-import-result");
        result.setVisible(false);

        FormLayout form = new FormLayout(source, target);
        add(form, upload, new Div(result));
        setWidth("min(560px, 95vw)");
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("memory-import-close");
        getFooter().add(close);
    }

    private void configure(ComboBox<String> box, String id, String label, List<String> items) {
        List<String> all = new ArrayList<>(items);
        box.setId(id);
        box.setLabel(label);
        box.setItems(all);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(custom -> {
            try {
                String tag = LocaleTag.canonical(custom.getDetail());
                if (!all.contains(tag)) {
                    all.add(tag);
                    box.setItems(all);
                }
                box.setValue(tag);
            } catch (IllegalArgumentException e) {
                Notifications.error(getTranslation("error.localeTag", custom.getDetail()));
            }
        });
        box.setItemLabelGenerator(tag -> tag + " · " + LocaleTag.displayName(tag, getLocale()));
    }

    /** What the upload does with a received file (package-private so a test can hand it one). */
    void importFile(String fileName, byte[] data) {
        upload.clearFileList();
        if (target.isEmpty()) {
            target.setInvalid(true);
            target.setErrorMessage(getTranslation("memory.import.targetRequired"));
            return;
        }
        try {
            TmxService.TmxImportReport report = tmx.importTmx(XliffSource.of(data), source.getValue(), target.getValue());
            String text = getTranslation("memory.imported", fileName, report.imported(), report.duplicates(),
                    report.sourceLocale() + " → " + report.targetLocale());
            result.setText(text);
            result.setVisible(true);
            Notifications.success(text);
            onImported.accept(report);
        } catch (InterchangeException e) {
            result.setVisible(false);
            Notifications.error(getTranslation("error.importRefused", fileName, Messages.say(this, e.userMessage())));
        } catch (UserInputException e) {
            result.setVisible(false);
            Notifications.error(getTranslation("error.importRefused", fileName, Messages.say(this, e.userMessage())));
        }
    }
}
