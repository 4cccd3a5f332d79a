package org.tarjima.interchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.tarjima.base.LocaleTag;
import org.tarjima.interchange.xliff.ExportedFile;
import org.tarjima.interchange.bundle.MessageBundleExportService;

/**
 * Downloads the translated .properties file of a bundle document in one locale: the uploaded file with the translated
 * values, ready to be copied over the application's bundle. Says how many keys still keep the source value.
 */
public class BundleExportDialog extends Dialog {

    public BundleExportDialog(MessageBundleExportService exports, long documentId, String documentName, int keys,
                              List<String> locales) {
        setId("bundle-export-dialog");
        setHeaderTitle(getTranslation("bundle.export.title", documentName));
        setWidth("min(600px, 95vw)");

        Select<String> locale = new Select<>();
        locale.setId("bundle-export-locale");
        locale.setLabel(getTranslation("bundle.export.locale"));
        locale.setItems(locales);
        locale.setItemLabelGenerator(tag -> tag + " · " + LocaleTag.displayName(tag, getLocale()));
        Paragraph hint = new Paragraph();
        hint.setId("bundle-export-hint");
        hint.addClassName("dialog-hint");
        locale.addValueChangeListener(change -> hint.setText(getTranslation("bundle.export.hint",
                exports.translatedKeys(documentId, change.getValue()), keys)));
        locale.setValue(locales.get(0));

        // The file is made when the link is followed, so it holds the translations as they are at that moment.
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportedFile file = exports.export(documentId, locale.getValue());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), "");
        download.setId("bundle-export-download");
        download.getElement().setAttribute("download", true);
        Button button = new Button(getTranslation("bundle.export.download"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(button);

        add(locale, hint);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), download);
    }
}
