package org.tarjima.translation.ui;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.ui.Notifications;
import org.tarjima.live.LiveEvent;
import org.tarjima.live.ui.LiveAvatars;
import org.tarjima.security.Actor;
import org.tarjima.translation.SegmentRow;

/**
 * What colleagues do in the same document and locale, on the editor's screen: a saved row shows the stored text at once
 * (briefly highlighted), the avatars and soft locks show who is where, and the segment the viewer is typing in is
 * never overwritten: they get the conflict dialog's choice.
 */
final class LiveRows {

    private final LiveEditing live;
    private final SegmentGrid grid;
    private final LiveAvatars avatars;
    private final SaveOutcomes outcomes;
    private final SegmentDetails details;
    /** The viewer's open editor on the active row, if any. */
    private final Supplier<SegmentEditor> editor;
    private final Runnable refreshProgress;
    /** Everything else on the screen that shows stored targets (the translated article). */
    private final java.util.function.Consumer<SegmentRow> stored;

    LiveRows(LiveEditing live, SegmentGrid grid, LiveAvatars avatars, SaveOutcomes outcomes, SegmentDetails details,
             Supplier<SegmentEditor> editor, Runnable refreshProgress, java.util.function.Consumer<SegmentRow> stored) {
        this.stored = stored;
        this.live = live;
        this.grid = grid;
        this.avatars = avatars;
        this.outcomes = outcomes;
        this.details = details;
        this.editor = editor;
        this.refreshProgress = refreshProgress;
    }

    /** Joins the session's document on this UI. */
    void open(UI ui, Actor actor, EditorSession session) {
        SegmentRow now = session.active();
        live.open(actor, session.document().id(), session.locale(), now == null ? null : now.segmentId(),
                session.canTranslate(), () -> ui.isAttached() && !ui.isClosing(), command -> ui.access(command::run),
                event -> onLive(event, session));
        showPresence(session);
    }

    void moved(long segmentId) {
        live.moved(segmentId);
    }

    void close() {
        live.close();
    }

    private void onLive(LiveEvent event, EditorSession session) {
        long documentId = session.document().id();
        if (event instanceof LiveEvent.SegmentChanged changed && changed.documentId() == documentId
                && changed.locale().equals(session.locale())) {
            colleagueSaved(changed, session);
        } else if (event instanceof LiveEvent.Presence presence && presence.documentId() == documentId
                && presence.locale().equals(session.locale())) {
            showPresence(session);
        }
    }

    /** A saved change arrived (from any node, maybe this very tab). */
    private void colleagueSaved(LiveEvent.SegmentChanged changed, EditorSession session) {
        Optional<SegmentRow> stored = session.row(changed.segmentId());
        if (stored.isEmpty()) {
            return;
        }
        SegmentRow row = stored.get();
        grid.decorate(List.of(row));
        this.stored.accept(row);
        SegmentRow active = session.active();
        if (active != null && active.segmentId() == row.segmentId()) {
            if (row.version() <= active.version()) {
                return;
            }
            InlineText typed = session.typedHere();
            SegmentEditor open = editor.get();
            if (open != null && typed != null && !typed.equals(row.target())) {
                settle(active, row, changed, session, typed);
            } else if (open != null) {
                // What was typed in the last moments (the autosave pause) is only in the browser: ask before
                // replacing, so that nobody's words are swapped for a colleague's without a question.
                open.takeUnsent(unsent -> {
                    SegmentRow now = session.active();
                    if (now == null || now.segmentId() != row.segmentId()) {
                        return; // moved on meanwhile: moving sent the typing, whose save met the newer version
                    }
                    settle(active, row, changed, session, unsent.orElse(null));
                });
            } else {
                settle(active, row, changed, session, null);
            }
        } else {
            grid.flash(row);
            live.later(Duration.ofMillis(2500), () -> grid.unflash(row));
        }
        live.throttled("progress", Duration.ofSeconds(1), refreshProgress);
    }

    /**
     * A colleague's newer {@code row} for the viewer's active row: with words of the viewer's own ({@code mine}, null
     * for none) that differ, the conflict dialog asks; otherwise the row shows the colleague's stored text.
     */
    private void settle(SegmentRow active, SegmentRow row, LiveEvent.SegmentChanged changed, EditorSession session,
                        InlineText mine) {
        if (mine != null && !mine.equals(row.target())) {
            session.typed(mine);
            outcomes.openConflict(active, mine, session.target(row.segmentId()), false);
        } else {
            session.activeIs(row);
            grid.refresh(row);
            Notifications.success(grid.getTranslation("live.changedBy", changed.changedBy()));
        }
        details.show(row.segmentId(), session.locale(), row.target());
    }

    /** The colleagues' avatars, and their soft locks on the rows they are on. */
    private void showPresence(EditorSession session) {
        List<LiveEvent.Presence> others = live.others(session.document().id(), session.locale());
        avatars.show(others);
        Map<Long, String> now = new HashMap<>();
        for (LiveEvent.Presence other : others) {
            if (other.segmentId() != null) {
                // Only someone who may change the text is "editing" it; a reviewer or a manager looking is "viewing".
                now.putIfAbsent(other.segmentId(), grid.getTranslation(other.editing() ? "live.editing" : "live.viewing",
                        other.displayName()));
            }
        }
        SegmentRow active = session.active();
        for (long segmentId : grid.editingBy(now)) {
            // Never the row being edited here: drawing it again makes a new editor, losing what was typed a moment
            // ago (not yet sent) and showing a colleague's newer text without a question. Its mark follows when the
            // viewer moves on.
            if (active == null || active.segmentId() != segmentId) {
                session.row(segmentId).ifPresent(grid::refresh);
            }
        }
    }
}
