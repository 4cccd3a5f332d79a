/**
 * Source documents: importing an article (plain text, HTML, Markdown) into segments in document order,
 * keeping the original file, and reading the article back for rendering beside the editor.
 * Format parsing and sentence segmentation are Okapi's, behind {@link org.tarjima.document.SourceExtractor}.
 */
package org.tarjima.document;
