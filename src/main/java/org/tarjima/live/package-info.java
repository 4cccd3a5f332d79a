/**
 * Live collaboration across nodes: every committed target change and every presence change travels through
 * PostgreSQL {@code LISTEN/NOTIFY} (no other infrastructure), so an editor on any node sees a colleague's work
 * within a second, and who else has the document open. A node keeps only per-session UI state and the
 * presence list, which the same events keep current.
 */
package org.tarjima.live;
