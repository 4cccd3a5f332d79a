package org.tarjima.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.tarjima.base.LocaleTag;
import org.tarjima.security.Grant;
import org.tarjima.security.ProjectRole;

/** One role as people say it: "Translator: Harmony with nature (kk)". */
final class RoleLabels {

    private RoleLabels() {
    }

    static String of(Component where, Grant grant) {
        String role = where.getTranslation("role." + grant.role().name());
        if (grant.projectId() == null) {
            return where.getTranslation("roles.inProject", role, where.getTranslation("role.everyProject"));
        }
        if (grant.locale() != null) {
            return where.getTranslation("roles.inLocale", role, grant.projectName(), grant.locale());
        }
        // A manager always has the whole project; "all locales" would only add noise there.
        return grant.role() == ProjectRole.MANAGER ? where.getTranslation("roles.inProject", role, grant.projectName())
                : where.getTranslation("roles.inAllLocales", role, grant.projectName());
    }

    /** The role as a small coloured chip; the locale's name in the chip's tooltip. */
    static Span chip(Component where, Grant grant) {
        Span chip = new Span(of(where, grant));
        chip.addClassNames("role-chip", "role-" + grant.role().name().toLowerCase());
        if (grant.locale() != null) {
            chip.getElement().setAttribute("title", LocaleTag.displayName(grant.locale(), uiLocale()));
        }
        return chip;
    }

    private static Locale uiLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static Span adminChip(Component where) {
        Span chip = new Span(where.getTranslation("role.ADMIN"));
        chip.addClassNames("role-chip", "role-admin");
        return chip;
    }
}
