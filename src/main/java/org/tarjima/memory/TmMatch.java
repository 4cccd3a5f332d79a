package org.tarjima.memory;

import java.time.Instant;
import java.util.List;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.TargetState;

/**
 * A TM unit that matches a segment.
 *
 * @param score        101 for a context match, 100 for an exact one, otherwise the fuzzy percentage
 * @param source       the unit's source as stored
 * @param target       the unit's target as stored
 * @param insertable   the target carried over to the current source's codes ({@link CodeMapping})
 * @param codesDropped codes of the target with no counterpart in the current source (left out of {@code insertable})
 * @param sourceDiff   the unit's source in runs; changed runs differ from the current source
 * @param projectName  null when the unit came from a TMX file, its project was deleted, or the user may not see it
 * @param documentName null in the same cases
 * @param fromTmx      whether the unit was imported from a TMX file rather than written in a project
 */
public record TmMatch(long unitId, MatchKind kind, int score, InlineText source, InlineText target, InlineText insertable,
                      int codesDropped, List<DiffRun> sourceDiff, TargetState state, Long projectId, String projectName,
                      Long documentId, String documentName, String updatedBy, Instant updatedAt, boolean fromTmx) {

    public TmMatch {
        sourceDiff = List.copyOf(sourceDiff);
    }
}
