package org.tarjima.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineTextJson;

/** Read-only text with inline codes as chips ({@code <tarjima-inline-text>}); text is rendered as text, never HTML. */
@Tag("tarjima-inline-text")
@JavaScript("context://frontend/components/tarjima-text.js")
public class InlineTextView extends Component {

    public InlineTextView(InlineText text) {
        setText(text);
    }

    public void setText(InlineText text) {
        getElement().setProperty("json", InlineTextJson.write(text));
    }
}
