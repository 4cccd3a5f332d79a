package org.tarjima.glossary.terms;

import java.util.ArrayList;
import java.util.List;

/**
 * One way a term is written, compiled for matching: its words as keys, each either a whole word or a stem
 * (written with a trailing {@code *}: {@code серіктес*} matches every word that starts with серіктес), and what
 * separates the words. "civil societ*" matches "civil society" and "civil societies"; "гражданск* обществ*" matches
 * "гражданского общества".
 */
public final class TermPattern {

    /** The shortest stem: one letter would match half the text. */
    public static final int MIN_STEM_LENGTH = 2;

    record WordPattern(String key, boolean stem, boolean inflected) {

        boolean matches(String token) {
            if (stem) {
                return token.startsWith(key);
            }
            return token.equals(key) || inflected && englishInflectionOf(token, key);
        }
    }

    private final List<WordPattern> words;
    private final List<String> gaps;

    private TermPattern(List<WordPattern> words, List<String> gaps) {
        this.words = words;
        this.gaps = gaps;
    }

    /**
     * @param form a term or one of its forms, a {@code *} right after a word making it a stem
     * @throws IllegalArgumentException when the form has no word, a {@code *} inside a word or a stem shorter than
     *                                  {@link #MIN_STEM_LENGTH}
     */
    public static TermPattern parse(String form, TermLocale locale) {
        List<TermWords.Word> found = TermWords.of(form, locale);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("'" + form + "' has no word to look for");
        }
        List<WordPattern> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            TermWords.Word word = found.get(i);
            int after = word.end();
            boolean stem = after < form.length() && form.charAt(after) == '*';
            if (stem && after + 1 < form.length() && !Character.isWhitespace(form.charAt(after + 1))) {
                throw new IllegalArgumentException("'" + form + "': a * marks the end of a stem, so a space or the end "
                        + "of the form must follow it");
            }
            if (stem && word.key().codePointCount(0, word.key().length()) < MIN_STEM_LENGTH) {
                throw new IllegalArgumentException("'" + form + "': a stem needs at least " + MIN_STEM_LENGTH + " letters");
            }
            if (i > 0) {
                gaps.add(TermLocale.gap(form.substring(found.get(i - 1).end(), word.start()).replace("*", "")));
            }
            boolean last = i == found.size() - 1;
            words.add(new WordPattern(word.key(), stem, !stem && last && locale.english() && letters(word.key())));
        }
        if (form.indexOf('*') >= 0 && words.stream().noneMatch(WordPattern::stem)) {
            throw new IllegalArgumentException("'" + form + "': a * marks the end of a stem and must follow a word");
        }
        return new TermPattern(List.copyOf(words), List.copyOf(gaps));
    }

    WordPattern first() {
        return words.get(0);
    }

    /** Where a match that starts at word {@code index} of the text ends (a char offset), or -1 when it does not. */
    int endAt(String text, List<TermWords.Word> textWords, int index) {
        if (index + words.size() > textWords.size()) {
            return -1;
        }
        for (int j = 0; j < words.size(); j++) {
            TermWords.Word word = textWords.get(index + j);
            if (!words.get(j).matches(word.key())) {
                return -1;
            }
            if (j > 0 && !gaps.get(j - 1).equals(TermLocale.gap(text.substring(textWords.get(index + j - 1).end(),
                    word.start())))) {
                return -1;
            }
        }
        return textWords.get(index + words.size() - 1).end();
    }

    private static boolean letters(String key) {
        return key.codePoints().allMatch(Character::isLetter);
    }

    /** Regular English endings: partner → partners, partner's; box → boxes; policy → policies. */
    static boolean englishInflectionOf(String token, String key) {
        if (token.length() <= key.length()) {
            return false;
        }
        if (token.startsWith(key)) {
            String ending = token.substring(key.length());
            return ending.equals("s") || ending.equals("es") || ending.equals(TermLocale.APOSTROPHE + "s")
                    || ending.equals("s" + TermLocale.APOSTROPHE);
        }
        return key.endsWith("y") && token.equals(key.substring(0, key.length() - 1) + "ies");
    }

    /** The keys a token's English base form might have, for the index lookup (the pattern then decides). */
    static List<String> englishBasesOf(String token) {
        List<String> bases = new ArrayList<>(3);
        if (token.endsWith("ies") && token.length() > 3) {
            bases.add(token.substring(0, token.length() - 3) + "y");
        }
        if (token.endsWith("es") && token.length() > 2) {
            bases.add(token.substring(0, token.length() - 2));
        }
        if ((token.endsWith("s") || token.endsWith(String.valueOf(TermLocale.APOSTROPHE))) && token.length() > 1) {
            bases.add(token.substring(0, token.length() - 1));
        }
        if ((token.endsWith(TermLocale.APOSTROPHE + "s") || token.endsWith("s" + TermLocale.APOSTROPHE))
                && token.length() > 2) {
            bases.add(token.substring(0, token.length() - 2));
        }
        return bases;
    }
}
