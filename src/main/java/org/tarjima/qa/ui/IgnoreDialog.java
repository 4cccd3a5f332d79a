package org.tarjima.qa.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.tarjima.qa.QaIgnore;

/** Asks why a warning is ignored; the reason is kept with who and when. */
class IgnoreDialog extends Dialog {

    IgnoreDialog(String message, Consumer<String> onIgnore) {
        setHeaderTitle(getTranslation("qa.ignore.title"));
        setId("qa-ignore-dialog");
        Paragraph what = new Paragraph();
        what.setText(message);
        TextArea reason = new TextArea(getTranslation("qa.ignore.reason"));
        reason.setId("qa-ignore-reason");
        reason.setMaxLength(QaIgnore.REASON_MAX_LENGTH);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setPlaceholder(getTranslation("qa.ignore.placeholder"));
        Button ignore = new Button(getTranslation("qa.ignore.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("qa.ignore.reasonRequired"));
                return;
            }
            close();
            onIgnore.accept(reason.getValue());
        });
        ignore.setId("qa-ignore-confirm");
        ignore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(what, reason);
        getFooter().add(cancel, ignore);
        setWidth("32em");
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                reason.focus();
            }
        });
    }
}
