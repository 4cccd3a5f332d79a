/**
 * Interchange with other tools, one subpackage a format: {@code xliff} (import of vendors' files and of other tools'
 * XLIFF as documents, the precheck and rewrite that keep uploads safe, export), {@code tmx} (TMX reading and writing
 * for the translation memory), {@code bundle} (.properties message bundles); {@code okapi} is the only package that
 * touches the Okapi Framework, {@code ui} holds the dialogs. Here: what they share, the uploaded file and the refusal.
 */
package org.tarjima.interchange;
