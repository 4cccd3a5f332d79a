package org.tarjima.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.tarjima.translation.TargetReview;

/** Asks the reviewer why they reject a translation: the reason is required, and the translator will read it. */
public class RejectDialog extends Dialog {

    public RejectDialog(Consumer<String> onReject) {
        setHeaderTitle(getTranslation("review.rejectTitle"));
        setId("reject-dialog");
        TextArea reason = new TextArea(getTranslation("review.rejectReason"));
        reason.setId("reject-reason");
        reason.setWidthFull();
        reason.setMinHeight("7em");
        reason.setMaxLength(TargetReview.COMMENT_MAX_LENGTH);
        reason.setRequired(true);
        reason.setHelperText(getTranslation("review.rejectHelp"));
        add(reason);
        setWidth("32em");

        Button reject = new Button(getTranslation("review.reject"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.rejectNeedsReason"));
                return;
            }
            close();
            onReject.accept(reason.getValue());
        });
        reject.setId("reject-confirm");
        reject.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("reject-cancel");
        getFooter().add(cancel, reject);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                reason.focus();
            }
        });
    }
}
