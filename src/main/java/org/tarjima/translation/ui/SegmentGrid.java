package org.tarjima.translation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tarjima.glossary.ui.GlossaryHitsPanel;
import org.tarjima.qa.QaResult;
import org.tarjima.qa.QaService;
import org.tarjima.review.Comment;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetState;

/**
 * The editor's segment list: rows loaded lazily page by page, each with its QA badge and a rejection's reason, the
 * active row drawn by the view, colleagues' rows marked (who is on which, which just changed).
 */
class SegmentGrid extends Grid<SegmentRow> {

    private final QaService qa;
    /** QA findings of the rows loaded so far, by segment: the rows' badges. */
    private final Map<Long, List<QaResult>> qaByRow = new HashMap<>();
    /** The reviewers' latest reasons for the REJECTED rows loaded so far, by segment. */
    private final Map<Long, Comment> rejections = new HashMap<>();
    /** Rows a colleague just changed, shown briefly highlighted. */
    private final Set<Long> flashing = new HashSet<>();
    /** Colleagues' soft locks: who is on which segment (never the viewer's own tab). */
    private Map<Long, String> editingBy = Map.of();
    private EditorSession session;

    SegmentGrid(QaService qa, GlossaryHitsPanel glossaryHits, Predicate<SegmentRow> isActive,
                Function<SegmentRow, List<Component>> target, Consumer<SegmentRow> clicked) {
        this.qa = qa;
        setId("segment-grid");
        addClassName("segment-grid");
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(Grid.SelectionMode.NONE);
        SegmentColumns.addTo(this, new SegmentColumns.Rows() {
            @Override
            public boolean isActive(SegmentRow row) {
                return isActive.test(row);
            }

            @Override
            public List<Component> target(SegmentRow row) {
                return target.apply(row);
            }

            @Override
            public List<QaResult> findings(SegmentRow row) {
                return qaByRow.getOrDefault(row.segmentId(), List.of());
            }

            @Override
            public String colleagueOn(SegmentRow row) {
                return editingBy.get(row.segmentId());
            }

            @Override
            public Comment rejection(SegmentRow row) {
                return row.state() == TargetState.REJECTED ? rejections.get(row.segmentId()) : null;
            }
        }, glossaryHits);
        setPartNameGenerator(row -> {
            List<String> parts = new ArrayList<>();
            if (isActive.test(row)) {
                parts.add("active-row");
            }
            if (editingBy.containsKey(row.segmentId())) {
                parts.add("being-edited");
            }
            if (flashing.contains(row.segmentId())) {
                parts.add("changed-row");
            }
            return parts.isEmpty() ? null : String.join(" ", parts);
        });
        addItemClickListener(click -> clicked.accept(click.getItem()));
    }

    /** Lists the session's rows; rows are identified by segment, so a refreshed row replaces its old self. */
    void show(EditorSession shown) {
        session = shown;
        qaByRow.clear();
        setItems(new CallbackDataProvider<SegmentRow, Void>(
                query -> decorate(session.segments().page(query.getOffset(), query.getLimit())).stream(),
                query -> session.segments().count(),
                SegmentRow::segmentId));
    }

    /** Loads what the rows show beside their text: their QA findings and the reasons for rejections. */
    List<SegmentRow> decorate(List<SegmentRow> page) {
        Map<Long, List<QaResult>> findings = qa.findingsOf(session.document().id(), session.locale(), page);
        for (SegmentRow row : page) {
            qaByRow.remove(row.segmentId());
        }
        qaByRow.putAll(findings);
        rejections.putAll(session.rejections(page));
        return page;
    }

    /** The active row's findings as the text being typed has them (the details panel checked it). */
    void findings(long segmentId, List<QaResult> results) {
        qaByRow.put(segmentId, results);
    }

    void refresh(SegmentRow row) {
        getDataCommunicator().refresh(row);
    }

    void refreshAll() {
        getDataProvider().refreshAll();
    }

    /** Marks a row a colleague just changed; {@link #unflash} takes the mark away. */
    void flash(SegmentRow row) {
        flashing.add(row.segmentId());
        refresh(row);
    }

    void unflash(SegmentRow row) {
        flashing.remove(row.segmentId());
        refresh(row);
    }

    /** Colleagues' positions now; the segments whose mark changed, to be redrawn. */
    Set<Long> editingBy(Map<Long, String> now) {
        Set<Long> changed = new HashSet<>(now.keySet());
        changed.addAll(editingBy.keySet());
        changed.removeIf(id -> Objects.equals(now.get(id), editingBy.get(id)));
        editingBy = now;
        return changed;
    }
}
