package org.tarjima.base.ui;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.function.Consumer;
import org.tarjima.base.i18n.MessageBundles;

/**
 * The UI language menu, in the top bar and on the sign-in page: each language names itself; choosing one stores it in
 * a cookie (read at the next request, before anyone signs in) and reloads the page in it.
 */
public final class LanguageSelect {

    /** The cookie that carries the chosen UI language. */
    public static final String COOKIE = "tarjima-ui-language";

    private LanguageSelect() {
    }

    /** @param chosen runs on the UI thread with the new language before the page reloads (e.g. to store it) */
    public static Select<Locale> create(Locale current, Consumer<Locale> chosen) {
        Select<Locale> language = new Select<>();
        language.setId("ui-language");
        language.setItems(MessageBundles.UI_LOCALES);
        // Each language names itself, capitalised as a menu item: "Русский", not "русский".
        language.setItemLabelGenerator(locale -> {
            ULocale self = ULocale.forLocale(locale);
            // "Oʻzbek" and "Ўзбек (Кирил)": the script only where a language is offered in two.
            String name = locale.getScript().isEmpty() ? self.getDisplayLanguage(self) : self.getDisplayName(self);
            // ICU writes Uzbek's oʻ with a turned comma (U+2018); Uzbek writes it with ʻ (U+02BB).
            name = "uz".equals(locale.getLanguage()) ? name.replace('\u2018', '\u02BB') : name;
            // Only the first letter: "Қазақ тілі", not "Қазақ Тілі".
            return UCharacter.toTitleCase(self, name, BreakIterator.getSentenceInstance(self), UCharacter.TITLECASE_NO_LOWERCASE);
        });
        language.setAriaLabel(language.getTranslation("nav.language"));
        language.addClassName("language-switcher");
        language.setValue(MessageBundles.UI_LOCALES.contains(current) ? current : Locale.ENGLISH);
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI ui = UI.getCurrent();
                chosen.accept(change.getValue());
                ui.getSession().setLocale(change.getValue());
                ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                        + " location.reload();", COOKIE, change.getValue().toLanguageTag());
            }
        });
        return language;
    }
}
