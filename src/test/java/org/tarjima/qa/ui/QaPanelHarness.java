package org.tarjima.qa.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tarjima.base.text.InlineText;
import org.tarjima.qa.QaService;

/**
 * A test-only page that wires the QA components the way the editor will: a text field, the findings panel checking
 * what is typed, the row badge fed by the panel, and fixes written back into the field.
 */
@Route("test/qa-panel/:segmentId/:locale")
@PermitAll
public class QaPanelHarness extends Div implements BeforeEnterObserver {

    private final QaFindingsPanel panel;
    private final TextField text = new TextField();
    private final QaBadge badge = new QaBadge(1);
    private long segmentId;
    private String locale;

    public QaPanelHarness(QaService qa) {
        panel = new QaFindingsPanel(qa);
        text.setId("qa-harness-text");
        text.setWidth("40em");
        text.addValueChangeListener(e -> panel.show(segmentId, locale, InlineText.of(e.getValue())));
        panel.addFixListener(fixed -> text.setValue(fixed.plainText()));
        panel.addFindingsListener(badge::show);
        add(text, badge, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        segmentId = event.getRouteParameters().getLong("segmentId").orElseThrow();
        locale = event.getRouteParameters().get("locale").orElseThrow();
    }
}
