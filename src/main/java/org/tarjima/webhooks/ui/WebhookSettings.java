package org.tarjima.webhooks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.tarjima.base.ui.ComponentTexts;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.tarjima.base.UserInputException;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Times;
import org.tarjima.webhooks.Delivery;
import org.tarjima.webhooks.NewWebhook;
import org.tarjima.webhooks.Webhook;
import org.tarjima.webhooks.WebhookService;
import org.tarjima.webhooks.WebhookTypes;

/**
 * The webhooks section of a project's settings (managers): the project's webhooks, a form to add one, and the recent
 * deliveries of the chosen webhook with each attempt's outcome and a Replay button.
 */
public class WebhookSettings extends Div {

    private final WebhookService webhooks;
    private final Grid<Webhook> list = new Grid<>();
    private final Grid<Delivery> log = new Grid<>();
    private final H4 logTitle = new H4();
    private final TextField url = new TextField();
    private final PasswordField secret = new PasswordField();
    private final CheckboxGroup<String> events = new CheckboxGroup<>();
    private long projectId;
    private Webhook shown;

    public WebhookSettings(WebhookService webhooks) {
        this.webhooks = webhooks;
        setId("webhook-settings");
        addClassName("webhook-settings");
        Paragraph hint = new Paragraph(getTranslation("webhooks.hint"));
        hint.addClassName("webhook-hint");

        list.setId("webhook-list");
        list.setAllRowsVisible(true);
        list.addColumn(Webhook::url).setHeader(getTranslation("webhooks.url")).setFlexGrow(2);
        list.addColumn(w -> String.join(", ", w.events())).setHeader(getTranslation("webhooks.events")).setFlexGrow(2);
        list.addComponentColumn(this::actions).setHeader(getTranslation("webhooks.actions")).setAutoWidth(true)
                .setKey("actions");

        url.setId("webhook-url");
        url.setLabel(getTranslation("webhooks.url"));
        url.setMaxLength(NewWebhook.URL_MAX_LENGTH);
        url.setWidth("28em");
        secret.setId("webhook-secret");
        secret.setLabel(getTranslation("webhooks.secret"));
        secret.setHelperText(getTranslation("webhooks.secretHint"));
        secret.setMaxLength(NewWebhook.SECRET_MAX_LENGTH);
        ComponentTexts.passwordReveal(secret);
        events.setId("webhook-events");
        events.setLabel(getTranslation("webhooks.events"));
        events.setItems(WebhookTypes.ALL);
        events.setItemLabelGenerator(type -> getTranslation("webhooks.event." + type));
        Button add = new Button(getTranslation("webhooks.add"), VaadinIcon.PLUS.create(), click -> add());
        add.setId("webhook-add");
        HorizontalLayout form = new HorizontalLayout(url, secret);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);

        log.setId("webhook-deliveries");
        log.setAllRowsVisible(true);
        log.addColumn(d -> Times.format(d.createdAt(), getLocale())).setHeader(getTranslation("webhooks.delivery.time"))
                .setAutoWidth(true);
        log.addColumn(Delivery::eventType).setHeader(getTranslation("webhooks.events")).setAutoWidth(true);
        log.addColumn(this::status).setHeader(getTranslation("webhooks.delivery.status")).setAutoWidth(true);
        log.addColumn(this::lastAttempt).setHeader(getTranslation("webhooks.delivery.lastAttempt")).setFlexGrow(2);
        log.addComponentColumn(this::replayButton).setAutoWidth(true).setKey("replay");
        logTitle.setId("webhook-deliveries-title");
        logTitle.setVisible(false);
        log.setVisible(false);

        add(new H3(getTranslation("webhooks.title")), hint, list, form, events, new Div(add), logTitle, log);
    }

    /** Shows the project's webhooks; the service refuses anyone but its managers. */
    public void show(long projectId) {
        this.projectId = projectId;
        shown = null;
        refresh();
    }

    private void refresh() {
        List<Webhook> all = webhooks.webhooks(projectId);
        list.setItems(all);
        list.setVisible(!all.isEmpty());
        if (shown != null && all.stream().noneMatch(w -> w.id() == shown.id())) {
            shown = null;
        }
        logTitle.setVisible(shown != null);
        log.setVisible(shown != null);
        if (shown != null) {
            logTitle.setText(getTranslation("webhooks.deliveries", shown.url()));
            log.setItems(webhooks.deliveries(shown.id()));
        }
    }

    private void add() {
        try {
            webhooks.create(projectId, new NewWebhook(url.getValue(), secret.getValue(), new ArrayList<>(events.getValue())));
            Notifications.success(getTranslation("webhooks.added"));
            url.clear();
            secret.clear();
            events.clear();
            refresh();
        } catch (UserInputException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private HorizontalLayout actions(Webhook webhook) {
        Button deliveries = new Button(getTranslation("webhooks.showDeliveries"), VaadinIcon.LIST.create(), click -> {
            shown = webhook;
            refresh();
        });
        deliveries.setId("webhook-show-" + webhook.id());
        deliveries.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
            webhooks.delete(webhook.id());
            Notifications.success(getTranslation("webhooks.deleted"));
            refresh();
        });
        delete.setId("webhook-delete-" + webhook.id());
        delete.setAriaLabel(getTranslation("webhooks.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(deliveries, delete);
    }

    private String status(Delivery delivery) {
        String state = delivery.deliveredAt() != null ? "delivered" : delivery.failed() ? "failed" : "pending";
        return getTranslation("webhooks.delivery." + state, delivery.attempts().size());
    }

    private String lastAttempt(Delivery delivery) {
        if (delivery.attempts().isEmpty()) {
            return "";
        }
        Delivery.Attempt last = delivery.attempts().get(delivery.attempts().size() - 1);
        return getTranslation("webhooks.delivery.attempt", Times.format(last.attemptedAt(), getLocale()),
                last.statusCode() == null ? "—" : String.valueOf(last.statusCode()), last.durationMillis(),
                last.error() == null ? "" : last.error());
    }

    private Button replayButton(Delivery delivery) {
        Button replay = new Button(getTranslation("webhooks.replay"), VaadinIcon.REFRESH.create(), click -> {
            webhooks.replay(delivery.webhookId(), delivery.id());
            Notifications.success(getTranslation("webhooks.replayed"));
            refresh();
        });
        replay.setId("webhook-replay-" + delivery.id());
        replay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return replay;
    }
}
