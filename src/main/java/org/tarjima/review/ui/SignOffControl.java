package org.tarjima.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Times;
import org.tarjima.review.LocaleSignOff;
import org.tarjima.review.ReviewService;
import org.tarjima.review.SignOffRefusedException;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.TargetState;

/**
 * The locale's seal in the editor's toolbar: who signed it off and when, or a button to sign it off that is
 * enabled once every segment is approved (reviewers only).
 */
public class SignOffControl extends Div {

    private final ReviewService reviews;
    private final long documentId;
    private final String locale;
    private final boolean reviewer;
    private final Runnable onChange;

    public SignOffControl(ReviewService reviews, long documentId, String locale, boolean reviewer, Runnable onChange) {
        this.reviews = reviews;
        this.documentId = documentId;
        this.locale = locale;
        this.reviewer = reviewer;
        this.onChange = onChange;
        addClassName("sign-off-control");
    }

    public void refresh(LocaleProgress progress) {
        removeAll();
        Optional<LocaleSignOff> signOff = reviews.currentSignOff(documentId, locale);
        if (signOff.isPresent()) {
            Span seal = new Span(VaadinIcon.DIPLOMA.create(), new Span(getTranslation("review.signedOff",
                    signOff.get().signedBy(), Times.format(signOff.get().signedAt(), getLocale()))));
            seal.addClassName("signed-off-seal");
            seal.setId("sign-off-state");
            add(seal);
            if (reviewer) {
                Button withdraw = new Button(getTranslation("review.withdraw"), click -> {
                    reviews.withdrawSignOff(documentId, locale);
                    onChange.run();
                });
                withdraw.setId("withdraw-sign-off");
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                add(withdraw);
            }
            return;
        }
        if (!reviewer) {
            return;
        }
        int notApproved = progress.totalSegments() - progress.segments(TargetState.APPROVED);
        Button signOffButton = new Button(getTranslation("review.signOff"), VaadinIcon.DIPLOMA.create(), click -> {
            try {
                reviews.signOff(documentId, locale);
                Notifications.success(getTranslation("review.signedOffNow", locale));
            } catch (SignOffRefusedException e) {
                Notifications.error(getTranslation(e.messageKey(), e.notApproved()));
            }
            onChange.run();
        });
        signOffButton.setId("sign-off");
        signOffButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        signOffButton.setEnabled(notApproved == 0);
        if (notApproved > 0) {
            signOffButton.setTooltipText(getTranslation("review.signOffRefused", notApproved));
        }
        add(signOffButton);
    }
}
