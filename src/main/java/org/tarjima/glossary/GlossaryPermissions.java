package org.tarjima.glossary;

import java.util.Set;

/**
 * What the signed-in user may do with one glossary: managers of a project edit all of its glossary and import
 * files; its reviewers add and edit terms with translations into their own locales; administrators edit the global
 * glossary. Everyone who sees the project reads its glossary.
 *
 * @param editableLocales the target locales whose translations the user may change (for the global glossary,
 *                        every locale when {@code allLocales})
 */
public record GlossaryPermissions(boolean mayEdit, boolean mayImport, boolean allLocales, Set<String> editableLocales) {

    public GlossaryPermissions {
        editableLocales = Set.copyOf(editableLocales);
    }

    static GlossaryPermissions readOnly() {
        return new GlossaryPermissions(false, false, false, Set.of());
    }

    static GlossaryPermissions everything(Set<String> locales) {
        return new GlossaryPermissions(true, true, true, locales);
    }

    public boolean mayEdit(String locale) {
        return mayEdit && (allLocales || editableLocales.contains(locale));
    }
}
