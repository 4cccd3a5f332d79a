/**
 * Targets: one per segment and locale, with their state (NEW, DRAFT, TRANSLATED, REJECTED, APPROVED),
 * an optimistic-locking version and a history row for every change. Hosts the editor.
 */
package org.tarjima.translation;
