package org.tarjima.assignment;

/** Where opening an assignment leads: the editor of a document locale at a segment (its ordinal, 1-based). */
public record WorkLink(long documentId, String locale, int ordinal) {
}
