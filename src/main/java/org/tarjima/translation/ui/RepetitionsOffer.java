package org.tarjima.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.function.IntSupplier;
import org.tarjima.base.ui.Notifications;

/**
 * After a confirm, when the project offers repetitions: "n other segments have the same source — use this translation
 * for them?", for ten seconds. Taking it applies it and says how many took it.
 */
final class RepetitionsOffer {

    private RepetitionsOffer() {
    }

    /** Shows the offer for {@code count} repetitions; {@code apply} propagates and answers how many were filled. */
    static void show(int count, IntSupplier apply, Runnable applied) {
        if (count == 0) {
            return;
        }
        Notification offer = new Notification();
        offer.setDuration(10_000);
        offer.setPosition(Notification.Position.BOTTOM_END);
        Button use = new Button(offer.getTranslation("editor.repetitionsUse", count), click -> {
            offer.close();
            int done = apply.getAsInt();
            Notifications.success(offer.getTranslation("editor.repetitionsDone", done));
            applied.run();
        });
        use.setId("use-for-repetitions");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button close = new Button(offer.getTranslation("action.close"), click -> offer.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        Div content = new Div(new Span(offer.getTranslation("editor.repetitionsFound", count)), use, close);
        content.addClassName("repetitions-offer");
        offer.add(content);
        offer.open();
    }
}
