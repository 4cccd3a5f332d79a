package org.tarjima.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/** The "?" dialog: every keyboard shortcut of the editor. */
class ShortcutsDialog extends Dialog {

    private static final String[][] SHORTCUTS = {
            {"Ctrl+Enter", "shortcuts.confirm"},
            {"Ctrl+↓", "shortcuts.next"},
            {"Ctrl+↑", "shortcuts.previous"},
            {"Ctrl+Shift+Enter", "shortcuts.nextToDo"},
            {"Ctrl+Space", "shortcuts.copySource"},
            {"Esc", "shortcuts.leave"},
            {"?", "shortcuts.help"},
    };

    ShortcutsDialog() {
        setId("shortcuts-dialog");
        setHeaderTitle(getTranslation("shortcuts.title"));
        Element table = new Element("table");
        table.getClassList().add("shortcuts");
        for (String[] shortcut : SHORTCUTS) {
            Element row = new Element("tr");
            Element keys = new Element("td");
            keys.appendChild(new Element("kbd").setText(shortcut[0]));
            row.appendChild(keys, new Element("td").setText(getTranslation(shortcut[1])));
            table.appendChild(row);
        }
        Div content = new Div();
        content.getElement().appendChild(table);
        add(content);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
