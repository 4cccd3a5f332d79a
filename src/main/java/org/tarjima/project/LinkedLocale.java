package org.tarjima.project;

/**
 * A derived locale that follows its base in a project: {@code uz-Cyrl} follows {@code uz}, {@code kk-Latn} follows
 * {@code kk}. Both are target locales of the project, and the locale package converts from the base's script to the
 * derived one's.
 */
public record LinkedLocale(String locale, String baseLocale) {
}
