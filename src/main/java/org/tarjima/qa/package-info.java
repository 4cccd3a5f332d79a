/**
 * QA checks of translations: small independent {@link org.tarjima.qa.QaCheck} beans (one class each in
 * {@code checks/}, from inline codes and numbers to the locale checks for quotes, script mix, Uzbek apostrophes, ICU
 * plurals and dates), run by {@link org.tarjima.qa.QaService} on the text being typed and over a whole document
 * (the report). Errors block a locale's sign-off; warnings can be marked ignored with a reason, which is kept with
 * who and when. The glossary checks (a term not used, a forbidden term used) are meant to be two more
 * {@code QaCheck} beans asking the glossary's service; nothing else needs to change for them.
 */
package org.tarjima.qa;
