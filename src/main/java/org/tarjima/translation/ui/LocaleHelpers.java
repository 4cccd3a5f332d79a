package org.tarjima.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.tarjima.base.LocaleTag;
import org.tarjima.locale.DatesAndNumbers;
import org.tarjima.locale.LocalizedValue;
import org.tarjima.locale.PluralForms;

/**
 * The strip above the segment list for the active segment: its dates and numbers in the target's own format,
 * or for an ICU plural message the target's CLDR categories and a skeleton, each inserted with a click.
 */
class LocaleHelpers extends Div {

    private final DatesAndNumbers datesAndNumbers;
    private final PluralForms plurals;
    private final Consumer<String> insert;

    LocaleHelpers(DatesAndNumbers datesAndNumbers, PluralForms plurals, Consumer<String> insert) {
        this.datesAndNumbers = datesAndNumbers;
        this.plurals = plurals;
        this.insert = insert;
        addClassName("locale-helpers");
        setId("locale-helpers");
    }

    /** Dates and numbers of the active source in the target locale's own format, inserted with a click. */
    void show(String source, String sourceLocale, String locale) {
        removeAll();
        boolean plural = plurals.hasPlural(source);
        List<LocalizedValue> values = plural ? List.of() : datesAndNumbers.localize(source, sourceLocale, locale);
        // The bar keeps its place when a segment has nothing to offer: appearing and vanishing moved the whole list.
        if (plural) {
            showPluralHelper(source, locale);
            return;
        }
        add(new Span(getTranslation("helpers.datesAndNumbers")));
        if (values.isEmpty()) {
            // The bar keeps its place; a dash says there is nothing to convert in this segment.
            Span none = new Span("—");
            none.addClassName("helpers-none");
            add(none);
            return;
        }
        int index = 0;
        for (LocalizedValue value : values) {
            Button button = new Button(value.source() + " → " + value.rendering(), click -> {
                insert.accept(value.rendering());
            });
            button.setId("insert-value-" + index++);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
            button.setTooltipText(getTranslation("helpers.insert"));
            add(button);
        }
    }

    /** At the bar's end: how the target's spelling is checked (a dictionary, the other script's, approved words). */
    void showSpelling(String how, Runnable openWordList) {
        Span method = new Span(how);
        method.setId("spelling-method");
        method.addClassName("spelling-method");
        Button words = new Button(getTranslation("spelling.wordList.open"), click -> openWordList.run());
        words.setId("word-list-open");
        words.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(method, words);
    }

    /** Instead of conversions nobody here can insert: why the text cannot be changed. */
    void showReadOnly(String why) {
        removeAll();
        Span notice = new Span(why);
        notice.setId("read-only-notice");
        notice.addClassName("read-only-notice");
        add(notice);
    }

    /** An ICU MessageFormat source: the target's CLDR plural categories with sample numbers, and a skeleton. */
    private void showPluralHelper(String source, String locale) {
        Span categories = new Span(getTranslation("helpers.plurals", LocaleTag.displayName(locale, getLocale()),
                plurals.categories(locale).stream().map(c -> c.samples().isEmpty() ? c.keyword()
                        : c.keyword() + " (" + String.join(", ", c.samples()) + "…)").collect(java.util.stream.Collectors.joining(" · "))));
        categories.setId("plural-categories");
        add(categories);
        plurals.skeleton(source, locale).ifPresent(skeleton -> {
            Button button = new Button(getTranslation("helpers.pluralSkeleton"), click -> {
                insert.accept(skeleton);
            });
            button.setId("insert-plural-skeleton");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(button);
        });
    }
}
