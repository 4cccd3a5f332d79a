/** Locale intelligence from ICU4J/CLDR: word counts now; plural rules, dates, numbers and transliteration next. */
package org.tarjima.locale;
