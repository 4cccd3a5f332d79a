package org.tarjima.project.ui;

import com.vaadin.flow.component.select.Select;
import java.util.function.Function;
import org.tarjima.project.PretranslateOnImport;

/** The choice of a project's pre-translation on import, the same in the new-project dialog and on the project page. */
final class PretranslateSelect {

    private PretranslateSelect() {
    }

    static Select<PretranslateOnImport> create(Function<String, String> translate) {
        Select<PretranslateOnImport> select = new Select<>();
        select.setLabel(translate.apply("project.pretranslate"));
        select.setItems(PretranslateOnImport.values());
        select.setItemLabelGenerator(mode -> translate.apply("project.pretranslate." + mode.name()));
        select.setHelperText(translate.apply("project.pretranslateHint"));
        select.setValue(PretranslateOnImport.OFF);
        return select;
    }
}
