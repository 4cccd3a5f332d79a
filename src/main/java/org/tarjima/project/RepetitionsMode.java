package org.tarjima.project;

/**
 * What confirming a segment does for the project's unconfirmed segments with the same source: the editor OFFERs the
 * translation for them, or the workbench APPLYs it at once (whoever confirms, from the editor or the API). Confirmed
 * work elsewhere is never touched either way. Stored by name.
 */
public enum RepetitionsMode {
    OFFER, APPLY;

    /** The mode named by a user or a client, case-insensitively; null means OFFER. */
    public static RepetitionsMode parse(String name) {
        if (name == null || name.isBlank()) {
            return OFFER;
        }
        for (RepetitionsMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("repetitions must be OFFER or APPLY, not '" + name + "'");
    }
}
