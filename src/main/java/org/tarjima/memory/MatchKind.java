package org.tarjima.memory;

/** How a TM unit matches a segment, best first. */
public enum MatchKind {
    /** Same source and the same segments before and after it: shown as 101 %. */
    CONTEXT,
    /** Same text, codes and whitespace: 100 %. */
    EXACT,
    /** Similar words; the score says how similar. */
    FUZZY
}
