package org.tarjima.translation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.UserInputException;
import org.tarjima.base.ui.InlineTextView;
import org.tarjima.base.ui.Notifications;
import org.tarjima.security.NotPermittedException;
import org.tarjima.translation.ReplaceChange;
import org.tarjima.translation.ReplaceService;
import org.tarjima.translation.Replacement;

/**
 * Search and replace in translations, for one document (the editor) or every document of a project (the project
 * page): what to find, plain or as a regular expression, case-sensitive or not, optionally only in segments not yet
 * confirmed; a preview lists every change, before and after, with inline codes as chips; "Replace all" applies what
 * the preview showed in one transaction and says what a colleague's newer save kept from being replaced.
 */
public class ReplaceDialog extends Dialog {

    private final ReplaceService replacing;
    private final List<Long> documentIds;
    private final Runnable onApplied;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final Checkbox regex = new Checkbox();
    private final Checkbox caseSensitive = new Checkbox();
    private final Checkbox onlyUnconfirmed = new Checkbox();
    private final Select<String> locale = new Select<>();
    private final Span count = new Span();
    private final Div changes = new Div();
    private final Button apply = new Button();
    private List<ReplaceChange> previewed = List.of();

    /**
     * @param locales   the target locales offered (one: the editor's, fixed)
     * @param onApplied runs after changes were applied, to show them
     */
    public ReplaceDialog(ReplaceService replacing, List<Long> documentIds, List<String> locales, Runnable onApplied) {
        this.replacing = replacing;
        this.documentIds = List.copyOf(documentIds);
        this.onApplied = onApplied;
        setId("replace-dialog");
        setHeaderTitle(getTranslation("replace.title"));
        setWidth("min(960px, 95vw)");

        find.setId("replace-find");
        find.setLabel(getTranslation("replace.find"));
        find.setWidthFull();
        replace.setId("replace-with");
        replace.setLabel(getTranslation("replace.with"));
        replace.setWidthFull();
        regex.setId("replace-regex");
        regex.setLabel(getTranslation("replace.regex"));
        caseSensitive.setId("replace-case");
        caseSensitive.setLabel(getTranslation("replace.caseSensitive"));
        onlyUnconfirmed.setId("replace-unconfirmed");
        onlyUnconfirmed.setLabel(getTranslation("replace.onlyUnconfirmed"));
        locale.setId("replace-locale");
        locale.setLabel(getTranslation("replace.locale"));
        locale.setItems(locales);
        locale.setItemLabelGenerator(tag -> LocaleTag.displayName(tag, getLocale()) + " (" + tag + ")");
        locale.setValue(locales.get(0));
        locale.setVisible(locales.size() > 1);

        Div fields = new Div(find, replace);
        fields.addClassName("replace-fields");
        Div options = new Div(locale, regex, caseSensitive, onlyUnconfirmed);
        options.addClassName("replace-options");
        count.setId("replace-count");
        count.addClassName("replace-count");
        changes.setId("replace-changes");
        changes.addClassName("replace-changes");
        add(fields, options, count, changes);

        // Anything changed after a preview makes it stale: "Replace all" waits for a new one.
        find.addValueChangeListener(change -> stale());
        replace.addValueChangeListener(change -> stale());
        regex.addValueChangeListener(change -> stale());
        caseSensitive.addValueChangeListener(change -> stale());
        onlyUnconfirmed.addValueChangeListener(change -> stale());
        locale.addValueChangeListener(change -> stale());

        Button preview = new Button(getTranslation("replace.preview"), click -> preview());
        preview.setId("replace-preview");
        apply.setText(getTranslation("replace.apply"));
        apply.setId("replace-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> apply());
        Button close = new Button(getTranslation("action.close"), click -> close());
        getFooter().add(close, preview, apply);
    }

    private void stale() {
        previewed = List.of();
        apply.setEnabled(false);
    }

    private void preview() {
        find.setInvalid(false);
        replace.setInvalid(false);
        changes.removeAll();
        count.setText("");
        try {
            previewed = replacing.preview(documentIds, locale.getValue(), replacement());
        } catch (UserInputException e) {
            TextField field = "error.replace.badReplacement".equals(e.messageKey()) ? replace : find;
            field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
            stale();
            return;
        } catch (NotPermittedException e) {
            Notifications.error(getTranslation("error.notPermitted.translate", LocaleTag.displayName(locale.getValue(), getLocale())));
            stale();
            return;
        }
        count.setText(getTranslation("replace.count", previewed.size()));
        for (ReplaceChange change : previewed) {
            changes.add(row(change));
        }
        apply.setEnabled(!previewed.isEmpty());
    }

    private Replacement replacement() {
        return new Replacement(find.getValue(), replace.getValue(), regex.getValue(), caseSensitive.getValue(),
                onlyUnconfirmed.getValue());
    }

    private Div row(ReplaceChange change) {
        Span ordinal = new Span("#" + change.ordinal());
        ordinal.addClassName("replace-ordinal");
        InlineTextView before = new InlineTextView(change.before());
        before.addClassName("replace-before");
        InlineTextView after = new InlineTextView(change.after());
        after.addClassName("replace-after");
        Div row = new Div(ordinal, before, new Span("→"), after);
        row.addClassName("replace-change");
        row.setId("replace-change-" + change.documentId() + "-" + change.ordinal());
        return row;
    }

    private void apply() {
        ReplaceService.Outcome outcome = replacing.apply(locale.getValue(), previewed);
        stale();
        changes.removeAll();
        count.setText(getTranslation("replace.done", outcome.applied().size()));
        if (!outcome.refused().isEmpty()) {
            // Reported, not overwritten: the colleague's text stays, and the rows say which.
            Span refused = new Span(getTranslation("replace.refused", outcome.refused().size()));
            refused.setId("replace-refused");
            refused.addClassName("replace-refused");
            changes.add(refused);
            outcome.refused().forEach(change -> changes.add(row(change)));
            Notifications.error(getTranslation("replace.refused", outcome.refused().size()));
        } else {
            Notifications.success(getTranslation("replace.done", outcome.applied().size()));
        }
        onApplied.run();
    }
}
