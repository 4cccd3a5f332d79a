package org.tarjima.interchange.xliff;

import java.util.Set;

/**
 * How to settle conflicts when applying an import: keep Tarjima's text (the default), take the file's
 * text for all conflicts, or for the listed segments only.
 */
public record ConflictChoice(boolean takeFileForAll, Set<Long> takeFileFor) {

    public ConflictChoice {
        takeFileFor = takeFileFor == null ? Set.of() : Set.copyOf(takeFileFor);
    }

    public static ConflictChoice keepTarjima() {
        return new ConflictChoice(false, Set.of());
    }

    public static ConflictChoice takeFile() {
        return new ConflictChoice(true, Set.of());
    }

    boolean takesFile(long segmentId) {
        return takeFileForAll || takeFileFor.contains(segmentId);
    }
}
