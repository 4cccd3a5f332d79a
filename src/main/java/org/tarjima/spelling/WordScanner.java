package org.tarjima.spelling;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjima.base.text.InlineText;

/**
 * The words of a text worth checking, found with ICU's word boundaries for the locale. Never offered: numbers and
 * words with digits, URLs, e-mail addresses and domain names, the content of inline code spans, ALL-CAPS
 * abbreviations (НАТО, ЮНЕСКО), mixed-case names (iPhone) and tokens with a dot, at-sign or underscore (т.е., a_b).
 */
final class WordScanner {

    /** A word and where it is in the plain text. */
    record Word(int start, int end, String text) {
    }

    private static final Pattern NOT_PROSE = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]+"
                    + "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}"
                    + "|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|org|net|edu|gov|int|info|io|kz|ru|uz|kg|tj|tm)\\b");
    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

    private WordScanner() {
    }

    /** The words of an inline text's plain text ({@link InlineText#plainText()} offsets), code content left out. */
    static List<Word> words(InlineText text, String locale) {
        String plain = text.plainText();
        BitSet skipped = codeContent(text);
        Matcher notProse = NOT_PROSE.matcher(plain);
        while (notProse.find()) {
            skipped.set(notProse.start(), notProse.end());
        }
        BreakIterator boundaries = (BreakIterator) PROTOTYPES
                .computeIfAbsent(locale, tag -> BreakIterator.getWordInstance(ULocale.forLanguageTag(tag))).clone();
        boundaries.setText(plain);
        List<Word> words = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            int status = boundaries.getRuleStatus();
            if (status < BreakIterator.WORD_LETTER || status >= BreakIterator.WORD_IDEO_LIMIT) {
                continue;
            }
            if (skipped.get(start, end).isEmpty()) {
                String word = plain.substring(start, end);
                if (worthChecking(word)) {
                    words.add(new Word(start, end, word));
                }
            }
        }
        return words;
    }

    static boolean worthChecking(String word) {
        boolean upper = false;
        boolean lower = false;
        boolean upperAfterLower = false;
        int letters = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c) || c == '.' || c == '@' || c == '_') {
                return false;
            }
            if (UCharacter.isUUppercase(c)) {
                upperAfterLower |= lower;
                upper = true;
                letters++;
            } else if (UCharacter.isULowercase(c)) {
                lower = true;
                letters++;
            }
        }
        boolean allCaps = upper && !lower && letters >= 2;
        return letters > 0 && !allCaps && !upperAfterLower;
    }

    /** Plain-text offsets inside an inline code span ({@code `code`}, {@code <code>}, {@code <kbd>}). */
    private static BitSet codeContent(InlineText text) {
        BitSet inside = new BitSet();
        int at = 0;
        int depth = 0;
        for (InlineText.Part part : text.parts()) {
            if (part instanceof InlineText.Text t) {
                if (depth > 0) {
                    inside.set(at, at + t.value().length());
                }
                at += t.value().length();
            } else if (part instanceof InlineText.Code code && isCodeSpan(code.type(), code.data())) {
                if (code.kind() == InlineText.CodeKind.OPEN) {
                    depth++;
                } else if (code.kind() == InlineText.CodeKind.CLOSE && depth > 0) {
                    depth--;
                }
            }
        }
        return inside;
    }

    private static boolean isCodeSpan(String type, String data) {
        String t = type.toLowerCase(Locale.ROOT);
        String d = data.toLowerCase(Locale.ROOT);
        return t.contains("code") || t.equals("kbd") || t.equals("samp") || t.equals("tt")
                || d.startsWith("<code") || d.startsWith("</code") || d.startsWith("<kbd") || d.startsWith("</kbd")
                || d.equals("`");
    }
}
