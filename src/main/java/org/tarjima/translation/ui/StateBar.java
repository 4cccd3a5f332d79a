package org.tarjima.translation.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.TargetState;

/** A stacked bar of words per state (approved, translated, rejected, draft, new) with the confirmed percentage. */
public class StateBar extends Composite<Div> {

    /** Order in the bar: the finished work first. */
    static final List<TargetState> ORDER = List.of(TargetState.APPROVED, TargetState.TRANSLATED,
            TargetState.REJECTED, TargetState.DRAFT, TargetState.NEW);

    private final Div bar = new Div();
    private final Span percent = new Span();

    public StateBar() {
        getContent().addClassName("progress-line");
        bar.addClassName("state-bar");
        percent.addClassName("percent");
        getContent().add(bar, percent);
    }

    public StateBar(LocaleProgress progress) {
        this();
        show(progress);
    }

    public void show(LocaleProgress progress) {
        bar.removeAll();
        int total = Math.max(1, progress.totalWords());
        StringBuilder title = new StringBuilder();
        for (TargetState state : ORDER) {
            int words = progress.words(state);
            if (words > 0) {
                Div part = new Div();
                part.addClassNames("state-seg", "state-" + state.name().toLowerCase(Locale.ROOT));
                part.getStyle().set("width", (100.0 * words / total) + "%");
                bar.add(part);
            }
            if (!title.isEmpty()) {
                title.append(" · ");
            }
            title.append(getTranslation("state." + state.name())).append(": ")
                    .append(getTranslation("progress.segmentsAndWords", progress.segments(state), words));
        }
        bar.getElement().setAttribute("title", title.toString());
        NumberFormat format = NumberFormat.getPercentInstance(ULocale.forLocale(getLocale()));
        percent.setText(format.format(progress.confirmedShare()));
    }
}
