package org.tarjima.interchange.tmx;

import java.time.Instant;
import org.tarjima.base.text.InlineText;

/**
 * One translation unit of a TMX file in one language pair.
 *
 * @param state     TRANSLATED or APPROVED as Tarjima wrote it ({@code x-tarjima-state}); null from other tools
 * @param changedBy the {@code changeid} of the target, if any
 * @param changedAt the {@code changedate} of the target, if any
 */
public record TmxUnit(InlineText source, InlineText target, String state, String changedBy, Instant changedAt,
                      String project, String document) {
}
