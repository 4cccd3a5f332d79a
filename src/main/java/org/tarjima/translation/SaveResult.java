package org.tarjima.translation;

/** The outcome of a save: stored, or refused because someone else saved first. */
public sealed interface SaveResult {

    TargetSnapshot target();

    /** The change was stored (or there was nothing to change); {@code target} is the stored version. */
    record Saved(TargetSnapshot target) implements SaveResult {
    }

    /** The version the user edited is stale; {@code target} is the newer one that stays. */
    record Conflict(TargetSnapshot target) implements SaveResult {
    }
}
