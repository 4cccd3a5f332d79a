package org.tarjima.memory;

/** Where a concordance search looks. */
public enum ConcordanceSide {
    SOURCE, TARGET, BOTH
}
