package org.tarjima.interchange.tmx;

import java.time.Instant;
import org.tarjima.base.text.InlineText;

/**
 * One translation unit of a TMX file in one language pair.
 *
 * @param state     TRANSLATED or APPROVED as Tarjima wrote it ({@code x-tarjima-state}); null from other tools
 * @param createdBy who first translated the segment ({@code creationid}), if known
 * @param createdAt when ({@code creationdate}), if known
 * @param changedBy who wrote the target text as it is ({@code changeid}; not who approved it), if known
 * @param changedAt when ({@code changedate}), if known
 */
public record TmxUnit(InlineText source, InlineText target, String state, String createdBy, Instant createdAt,
                      String changedBy, Instant changedAt, String project, String document) {
}
