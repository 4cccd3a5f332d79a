package org.tarjima.glossary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.terms.TermHit;
import org.tarjima.glossary.terms.TermSpan;
import org.tarjima.glossary.TermTranslation;

/**
 * The glossary terms of the active segment for the editor: each hit numbered 1..9 (for Ctrl+Shift+1..9) with its
 * source term, approved translations (a click inserts one), forbidden ones struck through, and notes. The editor
 * calls {@link #show} for each active segment, listens with {@link #addInsertListener}, and marks the terms in the
 * source with {@link #marksJson()} (a click on a mark calls {@link #insertHit}).
 */
public class GlossaryHitsPanel extends Div {

    /** Hits beyond this are listed without a number (there are only nine digit keys). */
    public static final int NUMBERED = 9;

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
            Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};

    private final GlossaryService glossary;
    private final List<Consumer<String>> insertListeners = new ArrayList<>();
    private IntConsumer onCount = count -> { };
    private List<TermHit> hits = List.of();

    public GlossaryHitsPanel(GlossaryService glossary) {
        this.glossary = glossary;
        addClassName("glossary-hits");
        setId("glossary-hits");
        clear();
    }

    /**
     * Looks up and lists the glossary terms of a source text.
     *
     * @param sourceText the segment's source as plain text (offsets of {@link #hitRanges()} refer to it)
     */
    public void show(long projectId, String sourceLocale, String targetLocale, String sourceText) {
        hits = glossary.hits(projectId, sourceLocale, targetLocale, sourceText);
        render();
    }

    /** Shows nothing (no active segment). */
    public void clear() {
        hits = List.of();
        render();
    }

    /** The hits shown now, in their numbered order. */
    public List<TermHit> hits() {
        return hits;
    }

    /**
     * Every occurrence of every hit in the source text passed to {@link #show}, sorted and merged where they overlap,
     * for highlighting the terms in the source.
     */
    public List<TermSpan> hitRanges() {
        List<TermSpan> all = new ArrayList<>();
        hits.forEach(hit -> all.addAll(hit.occurrences()));
        all.sort(Comparator.comparingInt(TermSpan::start).thenComparingInt(TermSpan::end));
        List<TermSpan> merged = new ArrayList<>();
        for (TermSpan span : all) {
            TermSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new TermSpan(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The terms to mark in the source text passed to {@link #show}, as {@code <tarjima-inline-text>} reads them. */
    public String marksJson() {
        return TermMarks.json(TermMarks.of(hits, this::getTranslation));
    }

    /** Called with the text to insert into the target when the user picks a translation. */
    public Registration addInsertListener(Consumer<String> listener) {
        insertListeners.add(listener);
        return () -> insertListeners.remove(listener);
    }

    /** Called with the number of hits whenever they are shown, e.g. for a tab's label. */
    public void onCount(IntConsumer listener) {
        this.onCount = listener;
    }

    /**
     * Inserts what hit {@code number} (1-based, as shown) offers: its first approved translation, or for a "do not
     * translate" term the term itself.
     *
     * @return false when there is no such hit or it offers nothing to insert
     */
    public boolean insert(int number) {
        return number <= NUMBERED && insertHit(number);
    }

    /**
     * Inserts what the hit at {@code position} (1-based, as listed, numbered or not) offers: a click on a marked term.
     *
     * @return false when there is no such hit or it offers nothing to insert
     */
    public boolean insertHit(int position) {
        if (position < 1 || position > hits.size()) {
            return false;
        }
        String text = hits.get(position - 1).insertion();
        if (text == null) {
            return false;
        }
        fire(text);
        return true;
    }

    /**
     * Registers Ctrl+Shift+1..9 on {@code scope} (the editor view): each inserts the hit of that number. The
     * registrations end when the scope is detached.
     */
    public List<Registration> bindShortcuts(Component scope) {
        List<Registration> registrations = new ArrayList<>();
        for (int i = 0; i < DIGITS.length; i++) {
            int number = i + 1;
            registrations.add(Shortcuts.addShortcutListener(scope, () -> insert(number), DIGITS[i],
                    KeyModifier.CONTROL, KeyModifier.SHIFT).listenOn(scope));
        }
        return registrations;
    }

    private void fire(String text) {
        List.copyOf(insertListeners).forEach(listener -> listener.accept(text));
    }

    private void render() {
        removeAll();
        if (hits.isEmpty()) {
            Span empty = new Span(getTranslation("glossary.hits.empty"));
            empty.addClassName("empty-hint");
            empty.setId("glossary-hits-empty");
            add(empty);
        }
        for (int i = 0; i < hits.size(); i++) {
            add(item(i + 1, hits.get(i)));
        }
        onCount.accept(hits.size());
    }

    private Div item(int number, TermHit hit) {
        Div item = new Div();
        item.addClassName("glossary-hit");
        Span badge = new Span(number <= NUMBERED ? String.valueOf(number) : "·");
        badge.addClassName("glossary-hit-number");
        if (number <= NUMBERED) {
            item.setId("glossary-hit-" + number);
            badge.getElement().setAttribute("title", getTranslation("glossary.hits.shortcut", number));
        }
        Span source = new Span(hit.sourceTerm());
        source.addClassName("glossary-hit-source");
        Div line = new Div(badge, source, new Span("→"));
        line.addClassName("glossary-hit-line");
        int index = 0;
        for (TermTranslation translation : hit.translations()) {
            Button insert = new Button(translation.term(), click -> fire(translation.term()));
            insert.addClassName("glossary-hit-translation");
            insert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            insert.setTooltipText(index == 0 && number <= NUMBERED ? getTranslation("glossary.hits.insertFirst", number)
                    : getTranslation("glossary.hits.insert"));
            if (number <= NUMBERED) {
                insert.setId("glossary-hit-" + number + "-insert-" + (index + 1));
            }
            line.add(insert);
            index++;
        }
        if (hit.doNotTranslate()) {
            Button keep = new Button(hit.sourceTerm(), click -> fire(hit.sourceTerm()));
            keep.addClassName("glossary-hit-translation");
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            keep.setTooltipText(getTranslation("glossary.hits.keep", hit.sourceTerm()));
            if (number <= NUMBERED) {
                keep.setId("glossary-hit-" + number + "-insert-" + (index + 1));
            }
            Span doNotTranslate = new Span(getTranslation("glossary.doNotTranslate"));
            doNotTranslate.addClassName("glossary-dnt-badge");
            line.add(keep, doNotTranslate);
        }
        if (hit.translations().isEmpty() && !hit.doNotTranslate()) {
            Span none = new Span(getTranslation("glossary.hits.noTranslation"));
            none.addClassName("empty-hint");
            line.add(none);
        }
        for (TermTranslation forbidden : hit.forbidden()) {
            Span term = new Span(forbidden.term());
            term.addClassName("glossary-forbidden");
            term.getElement().setAttribute("title", getTranslation("glossary.forbiddenHint")
                    + (forbidden.notes() == null ? "" : " · " + forbidden.notes()));
            line.add(term);
        }
        if (hit.global()) {
            Span global = new Span(getTranslation("glossary.global"));
            global.addClassName("glossary-global-badge");
            global.getElement().setAttribute("title", getTranslation("glossary.globalHint"));
            line.add(global);
        }
        item.add(line);
        List<String> notes = new ArrayList<>();
        if (hit.notes() != null) {
            notes.add(hit.notes());
        }
        hit.translations().stream().filter(t -> t.notes() != null).forEach(t -> notes.add(t.term() + ": " + t.notes()));
        if (!notes.isEmpty()) {
            Div text = new Div();
            text.setText(String.join(" · ", notes));
            text.addClassName("glossary-hit-notes");
            item.add(text);
        }
        return item;
    }
}
