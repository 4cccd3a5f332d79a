package org.tarjima.translation.ui;

import org.springframework.stereotype.Component;
import org.tarjima.locale.DatesAndNumbers;
import org.tarjima.locale.PluralForms;
import org.tarjima.spelling.SpellingService;

/** What the editor offers about the target language: dates and numbers, plural forms, spelling. */
@Component
class LocaleTools {

    private final DatesAndNumbers datesAndNumbers;
    private final PluralForms plurals;
    private final SpellingService spelling;

    LocaleTools(DatesAndNumbers datesAndNumbers, PluralForms plurals, SpellingService spelling) {
        this.datesAndNumbers = datesAndNumbers;
        this.plurals = plurals;
        this.spelling = spelling;
    }

    DatesAndNumbers datesAndNumbers() {
        return datesAndNumbers;
    }

    PluralForms plurals() {
        return plurals;
    }

    SpellingService spelling() {
        return spelling;
    }
}
