package org.tarjima.glossary.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.tarjima.shell.ui.MainLayout;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.terms.TermSpan;

/**
 * Test-only page: the hits panel wired the way the editor wires it (a source with the terms highlighted, a target
 * field that receives insertions, Ctrl+Shift+1..9), so a browser can try it before the editor does.
 */
@Route(value = "test/glossary-hits", layout = MainLayout.class)
@PermitAll
public class GlossaryHitsHarness extends Div implements BeforeEnterObserver {

    private final GlossaryHitsPanel panel;
    private final Div source = new Div();
    private final TextArea target = new TextArea();

    public GlossaryHitsHarness(GlossaryService glossary) {
        addClassName("page");
        panel = new GlossaryHitsPanel(glossary);
        source.setId("harness-source");
        target.setId("harness-target");
        target.setWidthFull();
        panel.addInsertListener(text -> target.setValue(target.getValue() + text));
        panel.bindShortcuts(this);
        add(source, target, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        long projectId = Long.parseLong(query.getSingleParameter("project").orElseThrow());
        String text = query.getSingleParameter("text").orElseThrow();
        panel.show(projectId, "en", query.getSingleParameter("locale").orElse("ru"), text);
        source.removeAll();
        int at = 0;
        List<TermSpan> ranges = panel.hitRanges();
        for (TermSpan range : ranges) {
            source.add(new Span(text.substring(at, range.start())));
            Span term = new Span(text.substring(range.start(), range.end()));
            term.getStyle().set("background", "var(--tarjima-source-highlight)");
            term.addClassName("harness-term");
            source.add(term);
            at = range.end();
        }
        source.add(new Span(text.substring(at)));
    }
}
