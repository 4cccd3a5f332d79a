package org.tarjima.spelling;

import java.time.Instant;

/**
 * A word on a word list.
 *
 * @param global whether it is on the list every project shares (promoted by a manager)
 */
public record DictionaryWord(String word, boolean global, String addedBy, Instant addedAt) {
}
