/**
 * The translated article in its own format: a document's original with each segment's translation put in its place,
 * for one locale (a file) or several documents and locales (a zip, as a job when it takes long). Segments whose
 * translation is not far enough along ({@link org.tarjima.interchange.translated.MinState}) keep their source text, and
 * the download says how many did.
 */
package org.tarjima.interchange.translated;
