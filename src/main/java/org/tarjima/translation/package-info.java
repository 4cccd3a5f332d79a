/**
 * Targets: one per segment and locale, with their state (NEW, DRAFT, TRANSLATED, REJECTED, APPROVED),
 * an optimistic-locking version and a history row for every change. Also what one locale's targets do for another's:
 * the pivot translation shown beside the source ({@link org.tarjima.translation.PivotService}) and linked script
 * variants that follow their base ({@link org.tarjima.translation.LinkedVariants}). Hosts the editor.
 */
package org.tarjima.translation;
