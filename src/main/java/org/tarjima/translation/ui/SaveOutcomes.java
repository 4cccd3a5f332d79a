package org.tarjima.translation.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.ui.Notifications;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;

/**
 * Shows what became of a change of the active segment: a stored target in the editor, the progress and the details
 * panel; a colleague's newer version as the conflict dialog (one question at a time); a refusal as a message. A stale
 * approval shows the newer text instead of approving it.
 */
final class SaveOutcomes {

    private final Supplier<EditorSession> session;
    private final Supplier<SegmentEditor> editor;
    private final SegmentGrid grid;
    private final SegmentDetails details;
    private final Runnable refreshProgress;
    private final Consumer<TargetState> advance;
    /** The conflict question on screen, if any: never two at once. */
    private ConflictDialog conflict;

    SaveOutcomes(Supplier<EditorSession> session, Supplier<SegmentEditor> editor, SegmentGrid grid, SegmentDetails details,
                 Runnable refreshProgress, Consumer<TargetState> advance) {
        this.session = session;
        this.editor = editor;
        this.grid = grid;
        this.details = details;
        this.refreshProgress = refreshProgress;
        this.advance = advance;
    }

    /** Saves the active target; true when stored. A stale version opens the conflict dialog instead. */
    boolean save(InlineText typed, boolean confirm, Origin origin) {
        EditorSession.Outcome outcome = session.get().save(typed, confirm, origin);
        if (outcome instanceof EditorSession.Outcome.Conflict conflicted) {
            openConflict(conflicted.row(), typed, conflicted.theirs(), confirm);
            return false;
        }
        if (outcome instanceof EditorSession.Outcome.Refused refused) {
            Notifications.error(grid.getTranslation(refused.messageKey()));
            return false;
        }
        shown(((EditorSession.Outcome.Stored) outcome).target());
        return true;
    }

    /** After an approval or a rejection: on to the next row, or the newer text that was not approved. */
    void review(EditorSession.Outcome outcome) {
        EditorSession current = session.get();
        if (outcome instanceof EditorSession.Outcome.Conflict conflicted) {
            // Nobody approves a text they have not seen: show the newer one and let the reviewer look again.
            Notifications.error(grid.getTranslation("review.changedMeanwhile", conflicted.theirs().updatedBy()));
            SegmentRow newer = conflicted.row().withTarget(conflicted.theirs());
            current.activeIs(newer);
            grid.refresh(newer);
            details.show(newer.segmentId(), current.locale(), newer.target());
        } else if (outcome instanceof EditorSession.Outcome.Stored stored) {
            shown(stored.target());
            advance.accept(stored.target().state());
        } else if (outcome instanceof EditorSession.Outcome.Refused refused) {
            Notifications.error(grid.getTranslation(refused.messageKey()));
        }
    }

    /** Shows a stored target: the editor's status, the progress, the details panel. */
    void shown(TargetSnapshot target) {
        EditorSession current = session.get();
        SegmentEditor open = editor.get();
        if (current.active() != null && current.active().segmentId() == target.segmentId() && open != null) {
            open.setStatus(grid.getTranslation("editor.saved", grid.getTranslation("state." + target.state().name())));
            open.markStored(target.content());
        }
        refreshProgress.run();
        details.show(target.segmentId(), current.locale(), target.content());
    }

    void openConflict(SegmentRow row, InlineText mine, TargetSnapshot theirs, boolean confirm) {
        if (conflict != null && conflict.isOpened()) {
            // One question at a time: a colleague's save and the refused autosave of the same typing both end up
            // here; the newer question (latest text on both sides) replaces the open one instead of stacking on it.
            conflict.close();
        }
        EditorSession current = session.get();
        conflict = new ConflictDialog(row.source(), mine, theirs, current.locale(), resolution -> {
            current.activeIs(row.withTarget(theirs));
            if (editor.get() != null) {
                // The choice was made in the dialog: the text kept in the browser is not offered again.
                editor.get().forgetUnsaved();
            }
            if (resolution.text() != null) {
                save(resolution.text(), confirm, Origin.EDITOR);
            }
            // Re-render the row from the database so the editor shows what is now stored.
            grid.refresh(current.active());
            refreshProgress.run();
        });
        conflict.open();
    }
}
