/**
 * The glossary: each project's own terms and a global glossary every project also sees (project terms first; a
 * project entry hides a global entry of the same term). An entry is a source term with its forms, notes and a
 * "do not translate" flag, and per target locale any number of translations, approved or forbidden, each with
 * forms and notes. Managers of a project edit its glossary and import files; its reviewers add and edit terms in
 * their own locales; administrators edit the global glossary; everyone who sees a project reads its glossary.
 * <p>
 * Matching (subpackage {@code terms}: {@code TermLocale}, {@code TermWords}, {@code TermPattern}, {@code TermMatcher}): words are found with
 * ICU's word BreakIterator in the text's locale and compared by key: NFC, ICU case folding, {@code ё} as
 * {@code е}, apostrophe look-alikes as one (Uzbek {@code oʻ} typed as {@code o'}, {@code o‘}, {@code o`}). Turkic
 * folding ({@code I}→{@code ı}, {@code İ}→{@code i}) applies only where the alphabet has both dotted and dotless i:
 * tr, az, crh, gag, tt and Kazakh in Latin script ({@code kk-Latn}, the 2021 alphabet: {@code і}→{@code ı},
 * {@code и}→{@code i}). Turkmen and Uzbek Latin pair {@code I} with {@code i}, and Cyrillic Kazakh, Kyrgyz, Tajik
 * and Russian have neither letter, so they fold like English. A form is a word sequence; a {@code *} right after a
 * word makes it a stem that matches every word starting with it (at least two letters: {@code серіктес*} finds
 * серіктестер, серіктестің, серіктеске). Between words of a term, any spaces and hyphens are equal
 * ("decision-maker", "decision maker"); other characters must be the same ("R&amp;D"). English words also match their
 * regular plural and possessive (partner: partners, partner's; policy: policies) but not longer words
 * (partnership) unless a stem says so; nothing is guessed for other languages, where forms or stems are declared.
 * <p>
 * Speed: {@link org.tarjima.glossary.GlossaryService#hits} uses matchers compiled per project and locale pair and
 * kept until a glossary's revision changes (every write bumps it in the same transaction), so a lookup is one small
 * query plus one pass over the text's words with hash lookups by first word and by stem prefix (5,000 terms: under
 * a millisecond per segment, see the bench profile's GlossaryHitsBenchmark).
 * <p>
 * Files (subpackage {@code io}): CSV (UTF-8, RFC 4180, comma, semicolon or tab, header row; see {@code CsvColumns}) and TBX v3 (TBX-Basic,
 * DCA; v2 {@code martif} files are read too) through a StAX parser with DTDs and external entities switched off. An
 * import is one transaction: the whole file is read and checked before anything is written, and a problem is
 * reported with its line.
 */
package org.tarjima.glossary;
