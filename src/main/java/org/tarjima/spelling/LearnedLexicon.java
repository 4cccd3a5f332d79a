package org.tarjima.spelling;

import com.ibm.icu.lang.UCharacter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;

/**
 * For a locale without a dictionary (Kyrgyz, Tajik, Turkmen): the words of its approved translations in the
 * translation memory, case-folded. A word a reviewer has approved once is known. Read in pages on first use, then
 * only the units added since, at most every {@link #REFRESH_MILLIS}. A unit changed in place keeps the words it
 * had (it was approved with them); the node's restart forgets nothing that matters.
 */
@Component
class LearnedLexicon {

    static final long REFRESH_MILLIS = 30_000;
    private static final int PAGE = 5_000;

    private static final class Words {
        final Set<String> folded = ConcurrentHashMap.newKeySet();
        volatile long lastId;
        volatile long checkedAt = Long.MIN_VALUE / 2;
    }

    private final SpellingRepository repository;
    private final Clock clock;
    private final Map<String, Words> lexicons = new ConcurrentHashMap<>();

    LearnedLexicon(SpellingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The known words of a locale (a live view: it grows as reviewers approve). */
    Set<String> words(String locale) {
        Words words = lexicons.computeIfAbsent(locale, l -> new Words());
        if (clock.millis() - words.checkedAt >= REFRESH_MILLIS) {
            synchronized (words) {
                if (clock.millis() - words.checkedAt >= REFRESH_MILLIS) {
                    read(locale, words);
                    words.checkedAt = clock.millis();
                }
            }
        }
        return words.folded;
    }

    /** Reads again at the next look (tests, and after a TMX import of approved units). */
    void refreshSoon(String locale) {
        Words words = lexicons.get(locale);
        if (words != null) {
            words.checkedAt = Long.MIN_VALUE / 2;
        }
    }

    private void read(String locale, Words words) {
        while (true) {
            List<SpellingRepository.ApprovedText> page = repository.approvedTexts(locale, words.lastId, PAGE);
            for (SpellingRepository.ApprovedText text : page) {
                for (WordScanner.Word word : WordScanner.words(InlineText.of(text.text()), locale)) {
                    words.folded.add(UCharacter.foldCase(word.text(), true));
                }
                words.lastId = text.id();
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
