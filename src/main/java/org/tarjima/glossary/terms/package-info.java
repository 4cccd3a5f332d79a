/**
 * Finding glossary terms in text: locale-aware word keys (ICU words, case folding, Turkic i where the alphabet has
 * it), term patterns with forms and stems, one matcher per project and locale pair, the hits with their offsets and
 * the forbidden terms a translation uses.
 */
package org.tarjima.glossary.terms;
