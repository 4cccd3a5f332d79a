package org.tarjima.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import org.tarjima.analysis.MatchBand;
import org.tarjima.analysis.RateCard;
import org.tarjima.analysis.RateCardService;
import org.tarjima.base.UserInputException;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Routes;

/**
 * A rate card's fields: the price per new word, its currency, the percentage per band and for repetitions. Shown for
 * a project ({@link #show}, in its settings, managers only as the rest of the settings; the service checks it) or for
 * the global default ({@link #showGlobal}, the administrators' screen). A project without a card of its own is priced
 * with the global default, which the fields then show under a "global default" mark; the project's managers also
 * choose whether translators and reviewers see costs, and can go back to the global default.
 */
public class RateCardSettings extends Div {

    private final RateCardService cards;
    private final H4 title = new H4();
    private final Span source = new Span();
    private final BigDecimalField price = new BigDecimalField();
    private final TextField currency = new TextField();
    private final Map<MatchBand, IntegerField> percent = new EnumMap<>(MatchBand.class);
    private final IntegerField repetitions = new IntegerField();
    private final Checkbox share = new Checkbox();
    private final Paragraph inherited = new Paragraph();
    private final Paragraph own = new Paragraph();
    private final Anchor editGlobal = Routes.link(Routes.RATE_CARD);
    private final Button useGlobal = new Button();
    /** The project whose card is shown; null for the global default. */
    private Long projectId;

    RateCardSettings(RateCardService cards) {
        this.cards = cards;
        setId("rate-card-settings");
        addClassName("rate-card-settings");
        title.setText(getTranslation("rateCard.title"));
        source.setId("rate-card-source");
        source.addClassName("rate-card-source");
        Div heading = new Div(title, source);
        heading.addClassName("rate-card-heading");
        price.setId("rate-card-price");
        price.setLabel(getTranslation("rateCard.price"));
        price.setWidth("12em");
        currency.setId("rate-card-currency");
        currency.setLabel(getTranslation("rateCard.currency"));
        currency.setMaxLength(3);
        currency.setWidth("12em");
        Div fields = new Div(price, currency);
        fields.addClassName("rate-card-fields");
        Div bands = new Div();
        bands.addClassName("rate-card-bands");
        for (MatchBand band : MatchBand.values()) {
            IntegerField field = percentField("rate-card-percent-" + band.label(), "analysis.band." + band.name());
            percent.put(band, field);
            bands.add(field);
        }
        repetitions.setId("rate-card-percent-repetitions");
        bands.add(configure(repetitions, "analysis.repetitions"));
        share.setId("rate-card-share-costs");
        share.setLabel(getTranslation("rateCard.shareCosts"));
        inherited.setId("rate-card-inherited");
        inherited.addClassName("dialog-hint");
        own.setId("rate-card-own");
        own.setText(getTranslation("rateCard.own"));
        own.addClassName("dialog-hint");
        editGlobal.setId("rate-card-edit-global");
        editGlobal.addClassName("rate-card-edit-global");
        editGlobal.setText(getTranslation("rateCard.editGlobal"));
        useGlobal.setId("rate-card-use-global");
        useGlobal.setText(getTranslation("rateCard.useGlobal"));
        useGlobal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useGlobal.addClickListener(click -> confirmUseGlobal());
        Button save = new Button(getTranslation("rateCard.save"), click -> save());
        save.setId("rate-card-save");
        Div actions = new Div(save, useGlobal);
        actions.addClassName("rate-card-actions");
        add(heading, inherited, own, fields, bands, share, actions);
    }

    private IntegerField percentField(String id, String labelKey) {
        IntegerField field = new IntegerField();
        field.setId(id);
        return configure(field, labelKey);
    }

    private IntegerField configure(IntegerField field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setMin(0);
        field.setMax(100);
        field.setStepButtonsVisible(true);
        field.setWidth("9em");
        return field;
    }

    /** Fills the fields with the card that prices the project now, saying whether it is the global default. */
    public void show(long projectId) {
        this.projectId = projectId;
        RateCard card = cards.projectCard(projectId);
        fill(card);
        share.setValue(cards.costsShared(projectId));
        share.setVisible(true);
        boolean global = card.projectId() == null;
        title.setVisible(true);
        source.setVisible(true);
        source.setText(getTranslation(global ? "rateCard.source.global" : "rateCard.source.own"));
        source.getElement().getClassList().set("own", !global);
        inherited.setVisible(global);
        own.setVisible(!global);
        inherited.setText(getTranslation("rateCard.inherited"));
        if (global && cards.mayEditGlobalCard()) {
            // Where the numbers come from, for the one who may change them.
            inherited.add(editGlobal);
        }
        useGlobal.setVisible(!global);
    }

    /** Fills the fields with the global default card (administrators; the service refuses anyone else). */
    public void showGlobal() {
        this.projectId = null;
        fill(cards.globalCard());
        // The screen around says what the card is; whether costs are shared is a project's choice.
        title.setVisible(false);
        source.setVisible(false);
        inherited.setVisible(false);
        own.setVisible(false);
        share.setVisible(false);
        useGlobal.setVisible(false);
    }

    private void fill(RateCard card) {
        price.setValue(card.pricePerWord());
        currency.setValue(card.currency());
        card.percent().forEach((band, value) -> percent.get(band).setValue(value));
        repetitions.setValue(card.repetitionsPercent());
    }

    private void save() {
        try {
            Map<MatchBand, Integer> values = new EnumMap<>(MatchBand.class);
            percent.forEach((band, field) -> values.put(band, field.getValue()));
            RateCard card = new RateCard(null, price.getValue(), currency.getValue(), values,
                    repetitions.getValue() == null ? -1 : repetitions.getValue());
            if (projectId == null) {
                cards.setGlobalCard(card);
                Notifications.success(getTranslation("rateCard.globalSaved"));
                showGlobal();
                return;
            }
            cards.setProjectCard(projectId, card);
            cards.shareCosts(projectId, share.getValue());
            Notifications.success(getTranslation("rateCard.saved"));
            show(projectId);
        } catch (UserInputException refused) {
            // A value out of range: nothing is saved, the fields keep what was typed.
            Notifications.error(getTranslation("rateCard.invalid", getTranslation(refused.messageKey(), refused.arguments())));
        } catch (IllegalArgumentException | NullPointerException empty) {
            // An empty field.
            Notifications.error(getTranslation("rateCard.invalid", getTranslation("rateCard.error.empty")));
        }
    }

    /** The project's own numbers are gone afterwards: asked first. */
    private void confirmUseGlobal() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("rate-card-use-global-dialog");
        confirm.setHeader(getTranslation("rateCard.useGlobalConfirm.title"));
        confirm.setText(getTranslation("rateCard.useGlobalConfirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("rateCard.useGlobal"));
        confirm.addConfirmListener(confirmed -> {
            cards.useGlobalCard(projectId);
            Notifications.success(getTranslation("rateCard.usingGlobal"));
            show(projectId);
        });
        confirm.open();
    }
}
