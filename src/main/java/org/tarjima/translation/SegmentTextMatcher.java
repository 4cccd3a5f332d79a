package org.tarjima.translation;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * "Does this segment contain what the translator typed in the search box?" Case-insensitive by ICU case folding
 * (Cyrillic, Kazakh and Uzbek letters fold whatever the database's collation), NFC on both sides, and a no-break
 * space equals a space, so a search for "26 ноября" finds "26&nbsp;ноября".
 */
final class SegmentTextMatcher {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final String wanted;

    SegmentTextMatcher(String query) {
        this.wanted = fold(query.strip());
    }

    boolean isEmpty() {
        return wanted.isEmpty();
    }

    boolean matches(String source, String target) {
        return contains(source) || contains(target);
    }

    private boolean contains(String text) {
        return text != null && fold(text).contains(wanted);
    }

    private static String fold(String text) {
        return UCharacter.foldCase(NFC.normalize(text), UCharacter.FOLD_CASE_DEFAULT)
                .replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
