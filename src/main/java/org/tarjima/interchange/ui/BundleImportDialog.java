package org.tarjima.interchange.ui;

import org.tarjima.base.ui.ComponentTexts;
import org.tarjima.base.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.tarjima.base.LocaleTag;
import org.tarjima.interchange.bundle.BundleImportReport;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.bundle.MessageBundleImportService;

/**
 * Takes an existing translated .properties bundle into one locale of a bundle document: choose the locale, upload the
 * file, read what it did. The file is applied as it arrives (one transaction); a refused file shows why and changes
 * nothing.
 */
public class BundleImportDialog extends Dialog {

    private final MessageBundleImportService imports;
    private final long documentId;
    private final Runnable onApplied;
    private final Select<String> locale = new Select<>();
    private final Div result = new Div();

    public BundleImportDialog(MessageBundleImportService imports, long documentId, String documentName,
                              List<String> locales, Runnable onApplied) {
        this.imports = imports;
        this.documentId = documentId;
        this.onApplied = onApplied;
        setId("bundle-import-dialog");
        setHeaderTitle(getTranslation("bundle.import.title", documentName));
        setWidth("min(700px, 96vw)");

        locale.setId("bundle-import-locale");
        locale.setLabel(getTranslation("bundle.import.locale"));
        locale.setItems(locales);
        locale.setItemLabelGenerator(tag -> tag + " · " + LocaleTag.displayName(tag, getLocale()));
        locale.setValue(locales.get(0));
        Paragraph hint = new Paragraph(getTranslation("bundle.import.hint"));
        hint.addClassName("dialog-hint");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> apply(data))));
        upload.setId("bundle-import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".properties", "text/plain", "text/x-java-properties");
        upload.setDropLabel(new Span(getTranslation("bundle.import.drop")));
        upload.setI18n(ComponentTexts.upload(this, "bundle.import.upload", "bundle.import.upload"));
        result.setId("bundle-import-result");

        add(locale, hint, upload, result);
        Button closeButton = new Button(getTranslation("action.close"), click -> close());
        closeButton.setId("bundle-import-close");
        getFooter().add(closeButton);
    }

    private void apply(byte[] data) {
        result.removeAll();
        try {
            BundleImportReport report = imports.importTranslations(documentId, locale.getValue(), data);
            Paragraph summary = new Paragraph(getTranslation("bundle.import.summary", report.filled(), report.updated(),
                    report.unchanged(), report.keptApproved(), getTranslation("state." + report.state().name())));
            summary.setId("bundle-import-summary");
            result.add(summary);
            keys("bundle-import-missing", "bundle.import.missing", report.missingKeys());
            keys("bundle-import-extra", "bundle.import.extra", report.extraKeys());
            onApplied.run();
        } catch (InterchangeException e) {
            Paragraph refused = new Paragraph(getTranslation("bundle.import.refused", Messages.say(this, e.userMessage())));
            refused.addClassName("import-refused");
            refused.setId("bundle-import-refused");
            result.add(refused);
        }
    }

    private void keys(String id, String messageKey, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Paragraph list = new Paragraph(getTranslation(messageKey, keys.size(), String.join(", ", keys)));
        list.setId(id);
        list.addClassName("dialog-hint");
        result.add(list);
    }
}
