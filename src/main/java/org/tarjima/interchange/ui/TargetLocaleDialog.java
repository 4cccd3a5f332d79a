package org.tarjima.interchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/**
 * Asks, before an import, which locale the translations of an XLIFF file are when the file names no target
 * language and the project has several: guessing would put them into the wrong language, dropping them would lose
 * the vendor's work.
 */
public class TargetLocaleDialog extends Dialog {

    public TargetLocaleDialog(String fileName, List<String> locales, Consumer<String> onChosen) {
        setId("target-locale-dialog");
        setHeaderTitle(getTranslation("import.targetLocale.title"));
        setWidth("min(34em, 96vw)");
        TargetLocaleChoice choice = new TargetLocaleChoice(locales);
        add(new Paragraph(getTranslation("import.targetLocale.needed", fileName)), choice);
        Button importFile = new Button(getTranslation("import.targetLocale.import"), click -> {
            close();
            onChosen.accept(choice.getValue());
        });
        importFile.setId("target-locale-import");
        importFile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importFile.setEnabled(false);
        choice.addValueChangeListener(change -> importFile.setEnabled(change.getValue() != null));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), importFile);
    }
}
