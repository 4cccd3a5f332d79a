package org.tarjima.glossary.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.ui.Notifications;
import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.GlossaryConflictException;
import org.tarjima.glossary.GlossaryEntry;
import org.tarjima.glossary.GlossaryException;
import org.tarjima.glossary.GlossaryLocales;
import org.tarjima.glossary.GlossaryPermissions;
import org.tarjima.glossary.GlossaryScope;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.TermTranslation;

/**
 * Adds or edits one term: the source term with its forms, notes and "do not translate"; per locale the user may
 * change, any number of translations, each with forms, a forbidden flag and notes. Locales the user may not change
 * are not shown and stay as they are.
 */
class GlossaryEntryDialog extends Dialog {

    private final GlossaryService glossary;
    private final GlossaryScope scope;
    private final GlossaryEntry editing;
    private final Consumer<GlossaryEntry> onSaved;
    private final TextField term = new TextField();
    private final TextField forms = new TextField();
    private final Checkbox doNotTranslate = new Checkbox();
    private final TextArea notes = new TextArea();
    private final Map<String, Div> rowsByLocale = new LinkedHashMap<>();
    private final Map<String, List<TranslationRow>> translations = new LinkedHashMap<>();

    /** The fields of one translation. */
    private final class TranslationRow extends Div {
        final TextField termField = new TextField();
        final TextField formsField = new TextField();
        final Checkbox forbidden = new Checkbox(getTranslation("glossary.forbidden"));
        final TextField notesField = new TextField();

        TranslationRow(String locale, int index, TermTranslation translation) {
            addClassName("glossary-translation-row");
            String id = "glossary-" + locale + "-";
            termField.setId(id + "term-" + index);
            termField.setPlaceholder(getTranslation("glossary.dialog.translation"));
            termField.setAriaLabel(getTranslation("glossary.dialog.translation") + " · " + locale);
            termField.setMaxLength(GlossaryEntry.TERM_MAX_LENGTH);
            formsField.setId(id + "forms-" + index);
            formsField.setPlaceholder(getTranslation("glossary.dialog.forms"));
            formsField.setAriaLabel(getTranslation("glossary.dialog.forms") + " · " + locale);
            forbidden.setId(id + "forbidden-" + index);
            forbidden.setTooltipText(getTranslation("glossary.forbiddenHint"));
            notesField.setId(id + "notes-" + index);
            notesField.setPlaceholder(getTranslation("glossary.dialog.notes"));
            notesField.setAriaLabel(getTranslation("glossary.dialog.notes") + " · " + locale);
            notesField.setMaxLength(GlossaryEntry.NOTES_MAX_LENGTH);
            forbidden.addValueChangeListener(change -> getElement().getClassList().set("forbidden-row", change.getValue()));
            if (translation != null) {
                termField.setValue(translation.term());
                formsField.setValue(String.join(", ", translation.forms()));
                forbidden.setValue(translation.forbidden());
                notesField.setValue(translation.notes() == null ? "" : translation.notes());
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                translations.get(locale).remove(this);
                rowsByLocale.get(locale).remove(this);
            });
            remove.setId(id + "remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("glossary.dialog.remove"));
            remove.setTooltipText(getTranslation("glossary.dialog.remove"));
            for (var field : List.of(termField, formsField, notesField)) {
                field.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
            }
            add(termField, formsField, forbidden, notesField, remove);
        }

        TermTranslation toTranslation(String locale) {
            return new TermTranslation(locale, termField.getValue(), splitForms(formsField.getValue()),
                    forbidden.getValue(), notesField.getValue());
        }
    }

    /**
     * @param editing the entry to edit, or null for a new term
     */
    GlossaryEntryDialog(GlossaryService glossary, GlossaryScope scope, GlossaryLocales locales,
                        GlossaryPermissions permissions, GlossaryEntry editing, Consumer<GlossaryEntry> onSaved) {
        this.glossary = glossary;
        this.scope = scope;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("glossary-dialog");
        setHeaderTitle(editing == null ? getTranslation("glossary.dialog.newTitle")
                : getTranslation("glossary.dialog.editTitle", editing.term()));
        setWidth("min(960px, 96vw)");
        addClassName("glossary-dialog");

        term.setId("glossary-term");
        term.setLabel(getTranslation("glossary.dialog.term", LocaleTag.displayName(locales.source(), getLocale())));
        term.setMaxLength(GlossaryEntry.TERM_MAX_LENGTH);
        term.setRequired(true);
        forms.setId("glossary-forms");
        forms.setLabel(getTranslation("glossary.dialog.forms"));
        forms.setHelperText(getTranslation("glossary.dialog.formsHelp"));
        doNotTranslate.setId("glossary-dnt");
        doNotTranslate.setLabel(getTranslation("glossary.doNotTranslate"));
        notes.setId("glossary-notes");
        notes.setLabel(getTranslation("glossary.dialog.notes"));
        notes.setMaxLength(GlossaryEntry.NOTES_MAX_LENGTH);
        if (editing != null) {
            term.setValue(editing.term());
            forms.setValue(String.join(", ", editing.forms()));
            doNotTranslate.setValue(editing.doNotTranslate());
            notes.setValue(editing.notes() == null ? "" : editing.notes());
        }
        Div source = new Div(term, forms, doNotTranslate, notes);
        source.addClassName("glossary-source-fields");
        add(source);

        // One line of labels over the translations' columns: the fields below are compact and carry none of their own.
        Div columns = new Div(column("glossary.dialog.translation"), column("glossary.dialog.forms"),
                column("glossary.forbidden"), column("glossary.dialog.notes"), new Span());
        columns.addClassNames("glossary-translation-row", "glossary-columns");
        columns.setId("glossary-columns");
        if (locales.targets().stream().anyMatch(permissions::mayEdit)) {
            add(columns);
        }
        for (String locale : locales.targets()) {
            if (permissions.mayEdit(locale)) {
                add(localeSection(locale, editing == null ? List.of() : editing.translations(locale)));
            }
        }

        Button save = new Button(getTranslation("glossary.dialog.save"), click -> save());
        save.setId("glossary-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("glossary-cancel");
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                term.focus();
            }
        });
    }

    private Span column(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("glossary-column");
        return label;
    }

    private Div localeSection(String locale, List<TermTranslation> existing) {
        H4 heading = new H4(locale + " · " + LocaleTag.displayName(locale, getLocale()));
        Div rows = new Div();
        rows.addClassName("glossary-translation-rows");
        rowsByLocale.put(locale, rows);
        translations.put(locale, new ArrayList<>());
        int[] next = {1};
        Runnable addRow = () -> {
            TranslationRow row = new TranslationRow(locale, next[0]++, null);
            translations.get(locale).add(row);
            rows.add(row);
        };
        for (TermTranslation translation : existing) {
            TranslationRow row = new TranslationRow(locale, next[0]++, translation);
            translations.get(locale).add(row);
            rows.add(row);
        }
        if (existing.isEmpty()) {
            addRow.run();
        }
        Button add = new Button(getTranslation("glossary.dialog.addTranslation"), VaadinIcon.PLUS.create(),
                click -> addRow.run());
        add.setId("glossary-" + locale + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(heading, add);
        header.addClassName("glossary-locale-header");
        Div section = new Div(header, rows);
        section.addClassName("glossary-locale-section");
        section.setId("glossary-locale-" + locale);
        return section;
    }

    private void save() {
        List<TermTranslation> given = new ArrayList<>();
        translations.forEach((locale, rows) -> rows.stream()
                .filter(row -> !row.termField.getValue().isBlank())
                .forEach(row -> given.add(row.toTranslation(locale))));
        EntryRequest request = new EntryRequest(term.getValue(), splitForms(forms.getValue()), notes.getValue(),
                doNotTranslate.getValue(), given, editing == null ? null : editing.version());
        try {
            GlossaryEntry saved = editing == null ? glossary.create(scope, request)
                    : glossary.update(scope, editing.id(), request);
            Notifications.success(getTranslation("glossary.saved", saved.term()));
            close();
            onSaved.accept(saved);
        } catch (GlossaryConflictException e) {
            Notifications.error(getTranslation("glossary.error.changed", e.current().updatedBy()));
        } catch (GlossaryException e) {
            term.setInvalid(e.messageKey().equals("glossary.error.term") || e.messageKey().equals("glossary.error.duplicate"));
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private static List<String> splitForms(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A label for a term's forms in the grid, e.g. "partners, partner*". */
    static Span formsLabel(List<String> forms) {
        Span label = new Span(String.join(", ", forms));
        label.addClassName("glossary-forms");
        return label;
    }
}
