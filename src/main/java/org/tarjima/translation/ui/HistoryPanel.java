package org.tarjima.translation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.tarjima.base.ui.Times;
import org.tarjima.translation.HistoryEntry;
import org.tarjima.translation.TranslationService;

/** Every change of the active target, newest first: who, when, from where, the state change and the words changed. */
class HistoryPanel extends Div {

    private final TranslationService translations;

    HistoryPanel(TranslationService translations) {
        this.translations = translations;
        addClassName("history-panel");
        setId("history-panel");
    }

    void show(long segmentId, String locale) {
        removeAll();
        List<HistoryEntry> history = translations.history(segmentId, locale);
        if (history.isEmpty()) {
            Span empty = new Span(getTranslation("history.empty"));
            empty.addClassName("empty-hint");
            add(empty);
            return;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            add(entry(history.get(i), locale));
        }
    }

    private Div entry(HistoryEntry change, String locale) {
        Div header = new Div(
                span("history-version", "v" + change.version()),
                span("history-author", change.changedBy()),
                span("history-time", Times.format(change.changedAt(), getLocale())),
                span("history-origin", getTranslation("origin." + change.origin().name())),
                span("history-states", change.oldState() == change.newState()
                        ? getTranslation("state." + change.newState().name())
                        : getTranslation("state." + change.oldState().name()) + " → "
                        + getTranslation("state." + change.newState().name())));
        header.addClassName("history-header");
        if (change.revokedSignOff()) {
            Span revoked = span("revoked-badge", getTranslation("history.revokedSignOff"));
            header.add(revoked);
        }
        Div diff = new Div();
        diff.addClassName("history-diff");
        String before = change.oldContent() == null ? null : change.oldContent().plainText();
        for (TextDiff.Run run : TextDiff.between(before, change.newContent().plainText(), locale)) {
            // Text nodes only: whatever a segment contains is shown, never interpreted.
            diff.add(span("diff-" + run.kind().name().toLowerCase(Locale.ROOT), run.text()));
        }
        Div entry = new Div(header, diff);
        entry.addClassName("history-entry");
        entry.setId("history-entry-" + change.version());
        return entry;
    }

    private static Span span(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
