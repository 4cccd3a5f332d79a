package org.tarjima.translation.ui;

import org.tarjima.base.ui.InlineTextView;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Date;
import java.util.function.Consumer;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.TargetSnapshot;

/**
 * Shown when a save meets a newer version saved by someone else: both texts side by side, and the user
 * chooses to keep theirs, keep their own, or edit a merged text. Nothing is overwritten without a choice.
 */
class ConflictDialog extends Dialog {

    /** What the user decided; {@code text} is what to save on top of {@code theirs} (null: take theirs). */
    record Resolution(InlineText text, TargetSnapshot theirs) {
    }

    ConflictDialog(InlineText source, InlineText mine, TargetSnapshot theirs, String locale,
                   Consumer<Resolution> onResolved) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        setCloseOnOutsideClick(false);
        setWidth("min(860px, 95vw)");

        String when = theirs.updatedAt() == null ? "" : DateFormat.getDateTimeInstance(DateFormat.MEDIUM,
                DateFormat.SHORT, ULocale.forLocale(getLocale())).format(Date.from(theirs.updatedAt()));
        Paragraph explanation = new Paragraph(getTranslation("conflict.explanation", theirs.updatedBy(), when));

        Div theirsBox = version(getTranslation("conflict.theirs", getTranslation("state." + theirs.state().name())),
                new InlineTextView(theirs.content()), "conflict-theirs");
        Div mineBox = version(getTranslation("conflict.mine"), new InlineTextView(mine), "conflict-mine");
        Div columns = new Div(theirsBox, mineBox);
        columns.addClassName("conflict-columns");

        SegmentEditor merged = new SegmentEditor(source, mine, locale);
        merged.setId("conflict-merged");
        Div mergedBox = version(getTranslation("conflict.merged"), merged, "conflict-merged-box");
        InlineText[] mergedText = {mine};
        merged.addDraftListener(draft -> mergedText[0] = draft.content());
        merged.addConfirmListener(confirm -> mergedText[0] = confirm.content());

        add(explanation, columns, mergedBox);

        Button takeTheirs = new Button(getTranslation("conflict.takeTheirs"), click -> {
            close();
            onResolved.accept(new Resolution(null, theirs));
        });
        takeTheirs.setId("conflict-take-theirs");
        Button keepMine = new Button(getTranslation("conflict.keepMine"), click -> {
            close();
            onResolved.accept(new Resolution(mine, theirs));
        });
        keepMine.setId("conflict-keep-mine");
        Button saveMerged = new Button(getTranslation("conflict.saveMerged"));
        saveMerged.setId("conflict-save-merged");
        saveMerged.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The merged editor sends its text when it loses focus, which the click causes first.
        saveMerged.addClickListener(click -> {
            close();
            onResolved.accept(new Resolution(mergedText[0], theirs));
        });
        getFooter().add(takeTheirs, keepMine, saveMerged);
    }

    private static Div version(String title, com.vaadin.flow.component.Component text, String id) {
        Div box = new Div(new H4(title), text);
        box.addClassName("conflict-version");
        box.setId(id);
        return box;
    }
}
