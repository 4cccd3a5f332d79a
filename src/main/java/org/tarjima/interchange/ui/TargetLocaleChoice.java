package org.tarjima.interchange.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.tarjima.base.LocaleTag;

/**
 * Which locale an XLIFF file's translations are, for a file that does not say and a project with several target
 * locales: the project's locales by name, in the viewer's language.
 */
public class TargetLocaleChoice extends Select<String> {

    public TargetLocaleChoice(List<String> locales) {
        setId("target-locale-choice");
        setLabel(getTranslation("import.targetLocale.label"));
        setItems(locales);
        setItemLabelGenerator(tag -> LocaleTag.displayName(tag, getLocale()) + " (" + tag + ")");
        setPlaceholder(getTranslation("import.targetLocale.placeholder"));
        setWidth("min(22em, 100%)");
    }
}
