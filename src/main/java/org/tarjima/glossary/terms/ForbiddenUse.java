package org.tarjima.glossary.terms;

import java.util.List;

/**
 * A forbidden term found in a target text.
 *
 * @param term        the forbidden term as the glossary has it
 * @param found       the text as it occurs in the target (maybe an inflected form)
 * @param sourceTerm  the source term of the entry that forbids it
 * @param alternatives the approved translations of that entry in the same locale, to suggest instead
 */
public record ForbiddenUse(long entryId, boolean global, String term, String found, int start, int end,
                           String sourceTerm, List<String> alternatives, String notes) {

    public ForbiddenUse {
        alternatives = List.copyOf(alternatives);
    }
}
