package org.tarjima.translation.ui;

import org.tarjima.base.ui.InlineTextView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Locale;
import org.tarjima.base.text.InlineTextJson;
import org.tarjima.glossary.ui.GlossaryHitsPanel;
import org.tarjima.qa.QaResult;
import org.tarjima.qa.ui.QaBadge;
import org.tarjima.review.Comment;
import org.tarjima.translation.SegmentRow;

/**
 * The columns of the editor's segment grid: number, state, source (the active row's glossary terms marked, a click
 * on one inserting it) and the target cell. The editor decides what the target shows (an editor, text, review
 * buttons); around it go what a row shows beside its text: QA findings, a colleague on it, a rejection's reason.
 */
final class SegmentColumns {

    /** What the editor knows of a row beyond its text. */
    interface Rows {

        boolean isActive(SegmentRow row);

        /** The target's own part of the cell: the text, or for the active row its editor or review controls. */
        List<Component> target(SegmentRow row);

        List<QaResult> findings(SegmentRow row);

        /** "Aida is editing" or "Aida is viewing" when a colleague is on the row, else null. */
        String colleagueOn(SegmentRow row);

        /** The reviewer's reason for a rejected row, or null. */
        Comment rejection(SegmentRow row);
    }

    private final Grid<SegmentRow> grid;
    private final Rows rows;

    private SegmentColumns(Grid<SegmentRow> grid, Rows rows) {
        this.grid = grid;
        this.rows = rows;
    }

    static void addTo(Grid<SegmentRow> grid, Rows rows, GlossaryHitsPanel glossaryHits) {
        new SegmentColumns(grid, rows).add(glossaryHits);
    }

    /** A row's target as read-only text. */
    static InlineTextView targetText(SegmentRow row) {
        InlineTextView text = new InlineTextView(row.target());
        text.addClassName("target-text");
        text.setId("segment-target-" + row.ordinal());
        return text;
    }

    private void add(GlossaryHitsPanel glossaryHits) {
        grid.addColumn(LitRenderer.<SegmentRow>of("<span class='segment-number'>${item.ordinal}</span>")
                        .withProperty("ordinal", SegmentRow::ordinal))
                .setHeader("#").setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(LitRenderer.<SegmentRow>of(
                                "<span class='state-dot state-${item.state}' id='segment-state-${item.ordinal}' title='${item.label}'></span>")
                        .withProperty("ordinal", SegmentRow::ordinal)
                        .withProperty("state", row -> row.state().name().toLowerCase(Locale.ROOT))
                        .withProperty("label", row -> grid.getTranslation("state." + row.state().name())))
                .setWidth("2.2em").setFlexGrow(0);
        // The active row's source marks its glossary terms; a click on one inserts it like Ctrl+Shift+number.
        grid.addColumn(LitRenderer.<SegmentRow>of(
                                "<tarjima-inline-text class='source-text' id='segment-source-${item.ordinal}' .json=${item.source}"
                                        + " .marks=${item.marks} @tarjima-term=${e => insertTerm(e.detail.hit)}></tarjima-inline-text>")
                        .withProperty("ordinal", SegmentRow::ordinal)
                        .withProperty("source", row -> InlineTextJson.write(row.source()))
                        .withProperty("marks", row -> rows.isActive(row) ? glossaryHits.marksJson() : "")
                        .withFunction("insertTerm", (row, args) -> {
                            if (rows.isActive(row)) {
                                glossaryHits.insertHit((int) args.getNumber(0));
                            }
                        }))
                .setHeader(grid.getTranslation("editor.source")).setFlexGrow(1);
        grid.addComponentColumn(this::targetCell).setHeader(grid.getTranslation("editor.target")).setFlexGrow(1);
    }

    private Component targetCell(SegmentRow row) {
        Div cell = new Div();
        cell.addClassName("target-cell");
        rows.target(row).forEach(cell::add);
        List<QaResult> findings = rows.findings(row);
        if (findings.stream().anyMatch(QaResult::isOpen)) {
            QaBadge badge = new QaBadge(row.ordinal());
            badge.show(findings);
            cell.addComponentAsFirst(badge);
        }
        String colleague = rows.colleagueOn(row);
        if (colleague != null) {
            Div marker = new Div();
            marker.addClassName("editing-marker");
            marker.setId("editing-" + row.ordinal());
            marker.setText(colleague);
            cell.add(marker);
        }
        Comment rejection = rows.rejection(row);
        if (rejection != null) {
            // The translator sees why without opening anything; the full thread is in the Comments tab.
            Div reason = new Div();
            reason.addClassName("rejection-note");
            reason.setId("rejection-" + row.ordinal());
            reason.setText("↩ " + rejection.author() + ": " + rejection.body());
            cell.add(reason);
        }
        return cell;
    }
}
