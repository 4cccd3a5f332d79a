package org.tarjima.translation;

import org.tarjima.base.text.InlineText;

/**
 * A change a user asks for.
 *
 * @param expectedVersion the version the user started from (0 for a target nobody has written)
 */
public record TargetEdit(long segmentId, String locale, InlineText text, int expectedVersion, Origin origin) {
}
