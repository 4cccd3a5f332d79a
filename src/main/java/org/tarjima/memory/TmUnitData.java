package org.tarjima.memory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tarjima.base.text.InlineText;
import org.tarjima.translation.TargetState;

/**
 * A unit about to be written, with everything the index needs computed once.
 *
 * @param origin TARGET (fed by a target) or TMX (imported)
 */
record TmUnitData(String sourceLocale, String targetLocale, InlineText source, InlineText target, TargetState state,
                  String origin, Long previousHash, Long nextHash, Long segmentId, Long documentId, Long projectId,
                  String author, Instant at, String sourceKey, String targetKey, long sourceHash) {

    static TmUnitData of(String sourceLocale, String targetLocale, InlineText source, InlineText target, TargetState state,
                         String origin, Long previousHash, Long nextHash, Long segmentId, Long documentId, Long projectId,
                         String author, Instant at) {
        InlineText normalizedSource = source.normalized();
        InlineText normalizedTarget = target.normalized();
        List<TmText.Token> sourceTokens = TmText.tokens(normalizedSource);
        List<TmText.Token> targetTokens = TmText.tokens(normalizedTarget);
        return new TmUnitData(sourceLocale, targetLocale, normalizedSource, normalizedTarget, state, origin, previousHash,
                nextHash, segmentId, documentId, projectId, author, at, TmText.key(sourceTokens), TmText.key(targetTokens),
                TmText.exactHash(normalizedSource));
    }

    Set<Long> terms() {
        return TmTerms.all(sourceLocale, targetLocale, sourceKey, targetKey);
    }
}
