package org.tarjima.glossary;

import org.tarjima.glossary.terms.TermLocale;
import org.tarjima.glossary.terms.TermPattern;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tarjima.base.LocaleTag;

/** Checks and tidies what a user asks to store, whether typed, sent to the API or read from a file. */
final class EntryValidation {

    /** A request that passed: text in NFC and stripped, locales canonical, and the term's key. */
    record Valid(String term, String key, List<String> forms, String notes, boolean doNotTranslate,
                 List<TermTranslation> translations) {
    }

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private EntryValidation() {
    }

    /**
     * @param targetLocales the locales translations may be in, or null for any (the global glossary)
     * @throws GlossaryException saying what to fix
     */
    static Valid check(EntryRequest request, String sourceLocale, Collection<String> targetLocales) {
        TermLocale source = TermLocale.of(sourceLocale);
        String term = term(request.term(), source);
        List<String> forms = forms(term, request.forms(), source);
        List<TermTranslation> translations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TermTranslation translation : request.translations()) {
            String locale = locale(translation.locale(), targetLocales);
            TermLocale target = TermLocale.of(locale);
            String translated = term(translation.term(), target);
            if (!seen.add(locale + "\n" + target.key(translated))) {
                throw new GlossaryException("glossary.error.duplicateTranslation",
                        "'" + translated + "' is given twice for " + locale, translated, locale);
            }
            translations.add(new TermTranslation(locale, translated, forms(translated, translation.forms(), target),
                    translation.forbidden(), notes(translation.notes())));
        }
        return new Valid(term, source.key(term), forms, notes(request.notes()), request.doNotTranslate(),
                List.copyOf(translations));
    }

    private static String term(String raw, TermLocale locale) {
        String term = raw == null ? "" : NFC.normalize(raw).strip();
        if (term.isEmpty() || term.length() > GlossaryEntry.TERM_MAX_LENGTH) {
            throw new GlossaryException("glossary.error.term", "A term needs 1 to " + GlossaryEntry.TERM_MAX_LENGTH
                    + " characters", GlossaryEntry.TERM_MAX_LENGTH);
        }
        if (term.indexOf('*') >= 0 || term.indexOf('|') >= 0) {
            throw new GlossaryException("glossary.error.termChars", "'" + term + "': a term has no * or |; "
                    + "a stem such as partner* goes with the forms", term);
        }
        pattern(term, locale);
        return term;
    }

    private static List<String> forms(String term, List<String> raw, TermLocale locale) {
        Set<String> forms = new LinkedHashSet<>();
        for (String form : raw) {
            String tidy = form == null ? "" : NFC.normalize(form).strip();
            if (tidy.isEmpty() || tidy.equals(term)) {
                continue;
            }
            if (tidy.length() > GlossaryEntry.TERM_MAX_LENGTH || tidy.indexOf(',') >= 0 || tidy.indexOf('|') >= 0) {
                throw badForm(tidy);
            }
            pattern(tidy, locale);
            forms.add(tidy);
        }
        if (forms.size() > GlossaryEntry.MAX_FORMS) {
            throw new GlossaryException("glossary.error.tooManyForms", "A term lists at most " + GlossaryEntry.MAX_FORMS
                    + " forms; a stem such as partner* covers many", GlossaryEntry.MAX_FORMS);
        }
        return List.copyOf(forms);
    }

    private static void pattern(String form, TermLocale locale) {
        try {
            TermPattern.parse(form, locale);
        } catch (IllegalArgumentException e) {
            throw badForm(form);
        }
    }

    private static GlossaryException badForm(String form) {
        return new GlossaryException("glossary.error.form", "'" + form + "' is not a form Tarjima can look for: "
                + "write words, with a * right after a word for a stem of at least " + TermPattern.MIN_STEM_LENGTH
                + " letters, and no commas", form);
    }

    private static String notes(String raw) {
        String notes = raw == null ? "" : NFC.normalize(raw).strip();
        if (notes.length() > GlossaryEntry.NOTES_MAX_LENGTH) {
            throw new GlossaryException("glossary.error.notes", "Notes have at most " + GlossaryEntry.NOTES_MAX_LENGTH
                    + " characters", GlossaryEntry.NOTES_MAX_LENGTH);
        }
        return notes.isEmpty() ? null : notes;
    }

    private static String locale(String raw, Collection<String> targetLocales) {
        String locale;
        try {
            locale = LocaleTag.canonical(raw);
        } catch (IllegalArgumentException e) {
            throw new GlossaryException("glossary.error.locale", "'" + raw + "' is not a locale tag such as ru, kk or uz-Cyrl",
                    String.valueOf(raw));
        }
        if (targetLocales != null && !targetLocales.contains(locale)) {
            throw new GlossaryException("glossary.error.locale", locale + " is not a target locale of this project",
                    locale);
        }
        return locale;
    }
}
