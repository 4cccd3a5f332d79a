package org.tarjima.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tarjima.translation.TargetState;

/** Approve, Reject and Edit under the read-only target of the active row in review mode. */
public class ReviewButtons extends Div {

    public ReviewButtons(int ordinal, TargetState state, Runnable approve, Runnable reject, Runnable edit) {
        addClassName("review-actions");
        Button approveButton = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(), click -> approve.run());
        approveButton.setId("approve-" + ordinal);
        approveButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approveButton.setTooltipText(getTranslation("review.approveShortcut"));
        approveButton.setEnabled(state == TargetState.TRANSLATED || state == TargetState.REJECTED);
        Button rejectButton = new Button(getTranslation("review.reject"), VaadinIcon.ARROW_BACKWARD.create(),
                click -> reject.run());
        rejectButton.setId("reject-" + ordinal);
        rejectButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        rejectButton.setEnabled(state.isConfirmed());
        Button editButton = new Button(getTranslation("review.edit"), VaadinIcon.EDIT.create(), click -> edit.run());
        editButton.setId("edit-" + ordinal);
        editButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(approveButton, rejectButton, editButton);
    }
}
