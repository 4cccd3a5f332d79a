package org.tarjima.memory;

/** A language pair of the TM and how many units it holds: {@code units} in all, of which {@code approved}. */
public record TmPair(String sourceLocale, String targetLocale, int units, int approved) {

    /** Units that are translated but not approved. */
    public int translated() {
        return units - approved;
    }
}
