/**
 * The match analysis a manager sends with the files when asking a vendor for a quote: the words and segments of a
 * document or a project in each TM match band (as the editor's TM panel would show them now), repetitions counted
 * once, work already done apart, weighted by the project's rate card into weighted words and a cost; as a table, CSV
 * and a self-contained HTML report, and beside the files in the XLIFF export zip.
 */
package org.tarjima.analysis;
