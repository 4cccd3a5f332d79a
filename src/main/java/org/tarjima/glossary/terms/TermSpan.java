package org.tarjima.glossary.terms;

/** Where a term occurs: {@code text.substring(start, end)}, offsets in UTF-16 chars like Java and JavaScript strings. */
public record TermSpan(int start, int end) {
}
