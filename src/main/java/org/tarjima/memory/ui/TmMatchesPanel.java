package org.tarjima.memory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.ui.Times;
import org.tarjima.memory.DiffRun;
import org.tarjima.memory.TmMatch;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.security.NotPermittedException;
import org.tarjima.base.ui.InlineTextView;

/**
 * The TM matches of the editor's active segment, best first, numbered 1 to 9: score badge, kind, the match's source
 * with the words that differ from the segment highlighted, its target, and where and by whom it was written.
 * Clicking a match, or {@link #insert(int)} (the editor's Ctrl+1..9), hands the match's target, carried over to
 * the segment's codes, to the insert listeners. Element ids: {@code tm-matches}, {@code tm-match-1}..{@code tm-match-9}.
 */
public class TmMatchesPanel extends Div {

    /** Matches shown, and the highest Ctrl+number. */
    public static final int MAX_SHOWN = 9;

    private final TranslationMemory memory;
    private final List<Consumer<InlineText>> listeners = new ArrayList<>();
    private List<TmMatch> matches = List.of();

    public TmMatchesPanel(TranslationMemory memory) {
        this.memory = memory;
        setId("tm-matches");
        addClassName("tm-matches");
    }

    /** Shows the matches for a segment in one target locale (replacing what was shown). */
    public void show(long segmentId, String locale) {
        removeAll();
        List<TranslationMemory.LabelledMatches> found;
        try {
            found = memory.matchesWithPivot(segmentId, locale, MAX_SHOWN);
        } catch (NotPermittedException e) {
            matches = List.of();
            add(message(getTranslation("tm.noAccess")));
            return;
        }
        // From the source first, then from the pivot (ru → kk): numbered on through both, each list under its pair.
        List<TmMatch> shown = new ArrayList<>();
        boolean labelled = found.size() > 1;
        // The pivot's best three keep their place even when the source has nine matches.
        int pivotShown = labelled ? Math.min(3, found.get(1).matches().size()) : 0;
        for (TranslationMemory.LabelledMatches list : found) {
            int room = (shown.isEmpty() && list == found.get(0) ? MAX_SHOWN - pivotShown : MAX_SHOWN) - shown.size();
            List<TmMatch> taken = list.matches().subList(0, Math.min(list.matches().size(), room));
            if (labelled && !taken.isEmpty()) {
                Span pair = span("tm-pair", getTranslation("tm.matchesFrom", list.fromLocale(), list.toLocale()));
                pair.setId("tm-from-" + list.fromLocale());
                add(pair);
            }
            for (TmMatch match : taken) {
                shown.add(match);
                add(row(shown.size(), match));
            }
        }
        matches = List.copyOf(shown);
        if (matches.isEmpty()) {
            add(message(getTranslation("tm.empty")));
        }
    }

    /** No segment is active: no matches (and none for Ctrl+1…9 to insert). */
    public void clear() {
        removeAll();
        matches = List.of();
    }

    /** What the panel shows now, best first. */
    public List<TmMatch> matches() {
        return matches;
    }

    /** Called with the text to insert when a match is chosen. */
    public Registration addInsertListener(Consumer<InlineText> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Inserts match {@code number} (1-based) as shown, if there is one.
     *
     * @return whether there was such a match
     */
    public boolean insert(int number) {
        if (number < 1 || number > matches.size()) {
            return false;
        }
        InlineText text = matches.get(number - 1).insertable();
        List.copyOf(listeners).forEach(listener -> listener.accept(text));
        return true;
    }

    private Div row(int number, TmMatch match) {
        Div row = new Div();
        row.setId("tm-match-" + number);
        row.addClassNames("tm-match", "tm-match-" + match.kind().name().toLowerCase());
        row.getElement().setAttribute("title", getTranslation("tm.insertHint", String.valueOf(number)));
        row.getElement().setAttribute("role", "button");
        Span index = span("tm-match-number", String.valueOf(number));
        Span score = span("tm-score", match.score() + "%");
        score.getElement().getThemeList().add("badge");
        score.getElement().getThemeList().add(match.score() >= 100 ? "success" : "contrast");
        Span kind = span("tm-kind", getTranslation("tm.kind." + match.kind().name()));
        Div header = new Div(index, score, kind, span("tm-state state-" + match.state().name().toLowerCase(),
                getTranslation("state." + match.state().name())));
        header.addClassName("tm-match-header");

        Div source = new Div();
        source.addClassName("tm-source");
        for (DiffRun run : match.sourceDiff()) {
            Span part = new Span(run.text());
            if (run.changed()) {
                part.addClassName("tm-diff-changed");
            }
            source.add(part);
        }
        InlineTextView target = new InlineTextView(match.insertable());
        target.addClassName("tm-target");

        row.add(header, source, target, origin(match));
        if (match.codesDropped() > 0) {
            row.add(span("tm-warning", getTranslation("tm.codesDropped", match.codesDropped())));
        }
        row.addClickListener(click -> insert(number));
        return row;
    }

    private Div origin(TmMatch match) {
        String where;
        if (match.projectName() != null) {
            where = match.projectName() + (match.documentName() == null ? "" : " › " + match.documentName());
        } else {
            where = getTranslation(match.fromTmx() ? "tm.fromTmx" : "tm.otherProject");
        }
        Div origin = new Div(span("tm-where", where), span("tm-who", match.updatedBy()),
                span("tm-when", Times.format(match.updatedAt(), getLocale())));
        origin.addClassName("tm-origin");
        return origin;
    }

    private static Span message(String text) {
        Span span = new Span(text);
        span.addClassName("tm-message");
        return span;
    }

    private static Span span(String className, String text) {
        Span span = new Span(text == null ? "" : text);
        span.addClassNames(className.split(" "));
        return span;
    }
}
