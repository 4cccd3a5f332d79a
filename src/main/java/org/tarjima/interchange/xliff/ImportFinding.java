package org.tarjima.interchange.xliff;

import org.tarjima.translation.TargetState;

/**
 * What an import found for one unit of the file.
 *
 * @param segmentId null for a unit that matches no segment
 */
public record ImportFinding(String unitId, Long segmentId, Integer ordinal, Kind kind, String currentText,
                            TargetState currentState, String incomingText, TargetState incomingState, String message) {

    public enum Kind {
        /** The file changes the target; applied. */
        CHANGED(false),
        /** The file has what Tarjima has. */
        UNCHANGED(false),
        /** The target changed in Tarjima since the export and the file changes it too: kept unless chosen otherwise. */
        CONFLICT(false),
        /** The unit id is no segment of this document. */
        UNKNOWN_ID(true),
        /** The unit id appears more than once in the file. */
        DUPLICATE_ID(true),
        /** The target's inline codes are not the source's. */
        CODES_MISMATCH(true);

        private final boolean blocking;

        Kind(boolean blocking) {
            this.blocking = blocking;
        }

        /** A blocking finding rejects the whole file. */
        public boolean blocking() {
            return blocking;
        }
    }
}
