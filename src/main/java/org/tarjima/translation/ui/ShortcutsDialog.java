package org.tarjima.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/** The "?" dialog: every keyboard shortcut of the editor (a test checks each one listed works). */
class ShortcutsDialog extends Dialog {

    private static final String[][] SHORTCUTS = {
            {"Ctrl+Enter", "shortcuts.confirm"},
            {"Ctrl+Enter", "shortcuts.approve"},
            {"Ctrl+↓", "shortcuts.next"},
            {"Ctrl+↑", "shortcuts.previous"},
            {"Ctrl+Shift+Enter", "shortcuts.nextToDo"},
            {"Ctrl+Space", "shortcuts.copySource"},
            {"Ctrl+Shift+Space", "shortcuts.copyPivot"},
            // Alt for browsers that keep Ctrl+digit for their tabs (the editor takes both).
            {"Ctrl+1…9 · Alt+1…9", "shortcuts.insertMemory"},
            {"Ctrl+Shift+1…9 · Alt+Shift+1…9", "shortcuts.insertTerm"},
            {"Ctrl+Enter", "shortcuts.postComment"},
            {"↑ ↓ Enter", "shortcuts.mention"},
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
