package org.tarjima.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
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

/**
 * A project's rate card in its settings (managers only, as the rest of the settings; the service checks it): the price
 * per new word, its currency, the percentage per band and for repetitions, and whether translators and reviewers see
 * costs. Until saved, the project is priced with the global default, which the fields show.
 */
public class RateCardSettings extends Div {

    private final RateCardService cards;
    private final BigDecimalField price = new BigDecimalField();
    private final TextField currency = new TextField();
    private final Map<MatchBand, IntegerField> percent = new EnumMap<>(MatchBand.class);
    private final IntegerField repetitions = new IntegerField();
    private final Checkbox share = new Checkbox();
    private final Paragraph inherited = new Paragraph();
    private long projectId;

    RateCardSettings(RateCardService cards) {
        this.cards = cards;
        setId("rate-card-settings");
        addClassName("rate-card-settings");
        price.setId("rate-card-price");
        price.setLabel(getTranslation("rateCard.price"));
        currency.setId("rate-card-currency");
        currency.setLabel(getTranslation("rateCard.currency"));
        currency.setMaxLength(3);
        currency.setWidth("8em");
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
        inherited.setText(getTranslation("rateCard.inherited"));
        inherited.addClassName("dialog-hint");
        Button save = new Button(getTranslation("rateCard.save"), click -> save());
        save.setId("rate-card-save");
        add(new H4(getTranslation("rateCard.title")), inherited, fields, bands, share, save);
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

    /** Fills the fields with the card that prices the project now. */
    public void show(long projectId) {
        this.projectId = projectId;
        RateCard card = cards.projectCard(projectId);
        price.setValue(card.pricePerWord());
        currency.setValue(card.currency());
        card.percent().forEach((band, value) -> percent.get(band).setValue(value));
        repetitions.setValue(card.repetitionsPercent());
        share.setValue(cards.costsShared(projectId));
        inherited.setVisible(card.projectId() == null);
    }

    private void save() {
        try {
            Map<MatchBand, Integer> values = new EnumMap<>(MatchBand.class);
            percent.forEach((band, field) -> values.put(band, field.getValue()));
            cards.setProjectCard(projectId, new RateCard(null, price.getValue(), currency.getValue(), values,
                    repetitions.getValue() == null ? -1 : repetitions.getValue()));
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
}
