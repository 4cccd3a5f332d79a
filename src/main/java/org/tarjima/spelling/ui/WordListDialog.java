package org.tarjima.spelling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.UserInputException;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Times;
import org.tarjima.spelling.DictionaryWord;
import org.tarjima.spelling.SpellingService;

/**
 * The spelling word list of a project's locale with the global words: anyone who sees the locale adds a word;
 * managers take words off and put a project word on the global list, for every project.
 */
public class WordListDialog extends Dialog {

    private final SpellingService spelling;
    private final long projectId;
    private final String locale;
    private final boolean manager;
    private final Grid<DictionaryWord> words = new Grid<>();

    public WordListDialog(SpellingService spelling, long projectId, String locale, boolean manager) {
        this.spelling = spelling;
        this.projectId = projectId;
        this.locale = locale;
        this.manager = manager;
        setId("word-list-dialog");
        setHeaderTitle(getTranslation("spelling.wordList.title", LocaleTag.displayName(locale, getLocale())));
        setWidth("min(40rem, 95vw)");

        TextField word = new TextField();
        word.setId("word-list-new");
        word.setPlaceholder(getTranslation("spelling.wordList.newWord"));
        word.setMaxLength(SpellingService.WORD_MAX_LENGTH);
        Button add = new Button(getTranslation("spelling.addToDictionary"), VaadinIcon.PLUS.create(), click -> {
            try {
                spelling.addWord(projectId, locale, word.getValue());
                word.clear();
                refresh();
            } catch (UserInputException e) {
                word.setInvalid(true);
                word.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        add.setId("word-list-add");
        HorizontalLayout adding = new HorizontalLayout(word, add);
        adding.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        words.setId("word-list");
        words.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        words.setAllRowsVisible(true);
        words.addColumn(DictionaryWord::word).setHeader(getTranslation("spelling.wordList.word")).setFlexGrow(1);
        words.addColumn(w -> getTranslation(w.global() ? "spelling.wordList.global" : "spelling.wordList.project"))
                .setHeader(getTranslation("spelling.wordList.list")).setAutoWidth(true);
        words.addColumn(w -> getTranslation("spelling.wordList.added", w.addedBy(), Times.format(w.addedAt(), getLocale())))
                .setHeader(getTranslation("spelling.wordList.addedHeader")).setAutoWidth(true);
        if (manager) {
            words.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        Span hint = new Span(getTranslation(manager ? "spelling.wordList.hintManager" : "spelling.wordList.hint"));
        hint.addClassName("dialog-hint");
        add(adding, words, hint);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("word-list-close");
        getFooter().add(close);
        refresh();
    }

    private HorizontalLayout actions(DictionaryWord word) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (!word.global()) {
            Button promote = new Button(VaadinIcon.GLOBE.create(), click -> {
                spelling.promoteWord(projectId, locale, word.word());
                Notifications.success(getTranslation("spelling.wordList.promoted", word.word()));
                refresh();
            });
            promote.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            promote.addClassName("word-promote");
            promote.setTooltipText(getTranslation("spelling.wordList.promote"));
            promote.getElement().setAttribute("aria-label", getTranslation("spelling.wordList.promote"));
            buttons.add(promote);
        }
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            spelling.removeWord(projectId, locale, word.word(), word.global());
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.addClassName("word-remove");
        remove.setTooltipText(getTranslation("spelling.wordList.remove"));
        remove.getElement().setAttribute("aria-label", getTranslation("spelling.wordList.remove"));
        buttons.add(remove);
        return buttons;
    }

    private void refresh() {
        words.setItems(spelling.words(projectId, locale));
    }
}
