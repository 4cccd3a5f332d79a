package org.tarjima.interchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.tarjima.base.LocaleTag;
import org.tarjima.interchange.ExportOptions;
import org.tarjima.interchange.ExportedFile;
import org.tarjima.interchange.XliffExportService;
import org.tarjima.translation.TargetState;

/** Exports one locale of a document as XLIFF 1.2 for a vendor, with the states to include. */
public class ExportDialog extends Dialog {

    public ExportDialog(XliffExportService exports, long documentId, String documentName, List<String> locales) {
        setId("export-dialog");
        setHeaderTitle(getTranslation("export.title", documentName));
        setWidth("min(560px, 95vw)");

        AtomicReference<String> chosenLocale = new AtomicReference<>(locales.get(0));
        AtomicReference<Set<TargetState>> chosenStates = new AtomicReference<>(EnumSet.allOf(TargetState.class));

        Select<String> locale = new Select<>();
        locale.setId("export-locale");
        locale.setLabel(getTranslation("export.locale"));
        locale.setItems(locales);
        locale.setItemLabelGenerator(tag -> tag + " · " + LocaleTag.displayName(tag, getLocale()));
        locale.setValue(locales.get(0));
        locale.addValueChangeListener(change -> chosenLocale.set(change.getValue()));

        CheckboxGroup<TargetState> states = new CheckboxGroup<>(getTranslation("export.states"));
        states.setId("export-states");
        states.setItems(TargetState.values());
        states.setItemLabelGenerator(state -> getTranslation("state." + state.name()));
        states.setValue(EnumSet.allOf(TargetState.class));
        Paragraph format = new Paragraph(getTranslation("export.format"));
        format.addClassName("dialog-hint");

        // The file is made when the link is followed, so it holds the targets as they are at that moment.
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportedFile file = exports.exportXliff12(documentId, chosenLocale.get(), new ExportOptions(chosenStates.get()));
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), "");
        download.setId("export-download");
        download.getElement().setAttribute("download", true);
        Button downloadButton = new Button(getTranslation("export.download"), VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        states.addValueChangeListener(change -> {
            chosenStates.set(change.getValue().isEmpty() ? EnumSet.allOf(TargetState.class) : EnumSet.copyOf(change.getValue()));
            downloadButton.setEnabled(!change.getValue().isEmpty());
        });

        add(new VerticalLayout(locale, states, format));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), download);
    }
}
