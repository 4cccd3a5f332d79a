/**
 * One class per QA check, each a Spring bean implementing {@link org.tarjima.qa.QaCheck}. Locale knowledge comes
 * from ICU/CLDR ({@code LocaleFacts}: script, number format, quotation marks, spell-out rules); the few practice
 * rules CLDR does not have (quotes preferred in Tajik and Uzbek Cyrillic, expected length ratios) are named in the
 * check that uses them. A new check: one class here with {@code @Component}, one test beside the others, and its
 * message keys {@code qa.<id>...} and {@code qa.check.<id>} in all eight bundles.
 */
package org.tarjima.qa.checks;
