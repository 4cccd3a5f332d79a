/**
 * Interchange with other tools: source formats now, XLIFF and TMX next. Only the {@code okapi} subpackage
 * touches the Okapi Framework; everything else sees Tarjima's own types.
 */
package org.tarjima.interchange;
