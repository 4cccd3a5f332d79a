package org.tarjima.memory;

/**
 * A stretch of a match's source text; {@code changed} marks words that differ from the current source.
 * The runs of one source, joined, give its plain text.
 */
public record DiffRun(String text, boolean changed) {
}
