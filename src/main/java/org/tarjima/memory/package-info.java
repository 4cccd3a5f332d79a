/**
 * The translation memory: every confirmed and approved target of every project, by language pair, fed by
 * {@link org.tarjima.translation.TargetChanged} events; exact, context (101 %) and fuzzy matches found
 * through an inverted index of words and word pairs in PostgreSQL; concordance search; pre-translation
 * from 100 % matches; TMX import and export. Hosts the editor's TM panel ({@code ui/}).
 */
package org.tarjima.memory;
