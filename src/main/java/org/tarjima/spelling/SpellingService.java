package org.tarjima.spelling;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.UserInputException;
import org.tarjima.base.text.InlineText;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.locale.ScriptConversion;
import org.tarjima.security.AccessPolicy;
import org.tarjima.security.Permission;

/**
 * Spelling for the target locales: Hunspell dictionaries where they exist (ru, kk, uz-Cyrl shipped; more through
 * {@code TARJIMA_DICTIONARIES}), the other script's dictionary through our conversion (uz-Latn, kk-Latn), and a
 * lexicon learned from approved translations where no dictionary exists (ky, tg, tk). Words on the project's or the
 * global word list and words of the glossary's approved terms are never reported; see {@link WordScanner} for what
 * is not checked at all.
 */
@Service
public class SpellingService {

    /** Longest word a list takes; the schema's varchar(100) matches. */
    public static final int WORD_MAX_LENGTH = 100;
    /** Unknown words of one request that get suggestions; the rest come without. */
    public static final int MAX_WORDS_WITH_SUGGESTIONS = 20;
    /** Suggestions offered per word. */
    static final int MAX_SUGGESTIONS = 6;

    private final SpellingDictionaries dictionaries;
    private final ScriptConversion conversion;
    private final WordLists wordLists;
    private final LearnedLexicon learned;
    private final GlossaryService glossary;
    private final SpellingRepository repository;
    private final AccessPolicy policy;
    private final Clock clock;

    SpellingService(SpellingDictionaries dictionaries, ScriptConversion conversion, WordLists wordLists,
                    LearnedLexicon learned, GlossaryService glossary, SpellingRepository repository, AccessPolicy policy,
                    Clock clock) {
        this.dictionaries = dictionaries;
        this.conversion = conversion;
        this.wordLists = wordLists;
        this.learned = learned;
        this.glossary = glossary;
        this.repository = repository;
        this.policy = policy;
        this.clock = clock;
    }

    /** How a locale is checked. */
    public SpellingMethod method(String locale) {
        String tag = LocaleTag.canonical(locale);
        Optional<String> own = dictionaries.tagFor(tag);
        if (own.isPresent()) {
            return new SpellingMethod(SpellingMethod.Kind.DICTIONARY, own.get());
        }
        if (conversion.direction(tag, "uz-Cyrl").isPresent()) {
            return dictionaries.tagFor("uz-Cyrl").map(d -> new SpellingMethod(SpellingMethod.Kind.OTHER_SCRIPT, d))
                    .orElse(SpellingMethod.learned());
        }
        if (conversion.direction("kk", tag).isPresent()) {
            return dictionaries.tagFor("kk").map(d -> new SpellingMethod(SpellingMethod.Kind.OTHER_SCRIPT, d))
                    .orElse(SpellingMethod.learned());
        }
        return SpellingMethod.learned();
    }

    /**
     * The unknown words of a target, without suggestions, for the QA check (which runs at every typing pause, so no
     * permission check and no suggestion search: the person already sees this text).
     *
     * @param projectId the project whose word list and glossary count, or 0 for none
     */
    public List<Misspelling> check(long projectId, String locale, InlineText text) {
        return check(projectId, locale, text, Set.of());
    }

    /**
     * As {@link #check(long, String, InlineText)}, with words known besides the lists: the QA check passes the
     * source's words, since a word copied from the source as it is (a name, a brand, a title left in English) is
     * not a misspelling of the target language.
     *
     * @param alsoKnown case-folded words (ICU full folding)
     */
    public List<Misspelling> check(long projectId, String locale, InlineText text, Set<String> alsoKnown) {
        String tag = LocaleTag.canonical(locale);
        SpellingMethod method = method(tag);
        Set<String> listed = projectId == 0 ? Set.of() : wordLists.known(projectId, tag);
        Set<String> terms = projectId == 0 ? Set.of() : glossary.targetWords(projectId, tag);
        Set<String> lexicon = method.kind() == SpellingMethod.Kind.LEARNED ? learned.words(tag) : Set.of();
        Optional<Hunspell> checker = method.dictionary() == null ? Optional.empty()
                : dictionaries.checker(method.dictionary());
        if (method.kind() != SpellingMethod.Kind.LEARNED && checker.isEmpty()) {
            return List.of();
        }
        int script = script(tag);
        List<Misspelling> unknown = new ArrayList<>();
        for (WordScanner.Word word : WordScanner.words(text, tag)) {
            if (UScript.getScript(word.text().codePointAt(0)) != script) {
                // A Latin word in Russian text is a name or a term left as it is (UNESCO's "Outcomes", Google);
                // the mixed-alphabets check judges letters mixed inside a word.
                continue;
            }
            String folded = UCharacter.foldCase(word.text(), true);
            if (listed.contains(folded) || terms.contains(folded) || lexicon.contains(folded) || alsoKnown.contains(folded)) {
                continue;
            }
            boolean known = switch (method.kind()) {
                case LEARNED -> false;
                case DICTIONARY -> spells(checker.get(), method.dictionary(), word.text());
                case OTHER_SCRIPT -> spelledInOtherScript(checker.get(), method.dictionary(), word.text(), tag);
            };
            if (!known) {
                unknown.add(new Misspelling(word.start(), word.end(), word.text(), List.of()));
            }
        }
        return unknown;
    }

    /**
     * The unknown words of a text with suggestions, for the REST API and the editor's menu.
     *
     * @param projectId the project whose word list and glossary count (the user must see the locale there), or
     *                  null for the dictionaries and the global list alone
     */
    @Transactional(readOnly = true)
    public List<Misspelling> checkWithSuggestions(Long projectId, String locale, String text) {
        String tag = LocaleTag.canonical(locale);
        if (projectId != null) {
            policy.require(Permission.VIEW, projectId, tag);
        }
        List<Misspelling> unknown = check(projectId == null ? 0 : projectId, tag, InlineText.of(text == null ? "" : text));
        // A suggestion search costs up to a second: a long text gets them for its first words only.
        List<Misspelling> answered = new ArrayList<>(unknown.size());
        for (int i = 0; i < unknown.size(); i++) {
            Misspelling m = unknown.get(i);
            answered.add(i < MAX_WORDS_WITH_SUGGESTIONS ? m.withSuggestions(suggestions(tag, m.word())) : m);
        }
        return answered;
    }

    /** Replacements for a word, best first; none for a locale without a dictionary. */
    public List<String> suggestions(String locale, String word) {
        String tag = LocaleTag.canonical(locale);
        SpellingMethod method = method(tag);
        if (method.dictionary() == null || word == null || word.isBlank()) {
            return List.of();
        }
        Optional<Hunspell> checker = dictionaries.checker(method.dictionary());
        if (checker.isEmpty()) {
            return List.of();
        }
        if (method.kind() == SpellingMethod.Kind.DICTIONARY) {
            return limited(checker.get().suggest(word, SpellingDictionaries.suggestMillis()));
        }
        if (tag.startsWith("uz")) {
            // Suggested in Cyrillic, offered in Latin: the person writes Latin.
            String cyrillic = conversion.convert(word, tag, "uz-Cyrl");
            return limited(checker.get().suggest(cyrillic, SpellingDictionaries.suggestMillis()).stream()
                    .map(s -> conversion.convert(s, "uz-Cyrl", tag)).distinct().toList());
        }
        return limited(KazakhLatinSpellings.readings(word).orElse(List.of()).stream().limit(4)
                .flatMap(reading -> checker.get().suggest(reading, SpellingDictionaries.suggestMillis()).stream())
                .map(s -> conversion.convert(s, "kk", tag)).distinct().toList());
    }

    /** Adds a word to the project's list in a locale: anyone who sees the locale may. */
    @Transactional
    public boolean addWord(long projectId, String locale, String word) {
        String tag = LocaleTag.canonical(locale);
        policy.require(Permission.VIEW, projectId, tag);
        String clean = validWord(word);
        boolean added = repository.add(projectId, tag, clean, UCharacter.foldCase(clean, true), policy.actor().username(),
                clock.instant());
        wordLists.forget(projectId, tag);
        return added;
    }

    /**
     * Moves a word to the global list of a locale (every project), off the project's own: a manager of the project
     * asking may.
     */
    @Transactional
    public boolean promoteWord(long projectId, String locale, String word) {
        String tag = LocaleTag.canonical(locale);
        policy.require(Permission.MANAGE, projectId, null);
        String clean = validWord(word);
        String folded = UCharacter.foldCase(clean, true);
        boolean added = repository.add(null, tag, clean, folded, policy.actor().username(), clock.instant());
        // Moved, not copied: the project's own entry would only say the same twice.
        repository.remove(projectId, tag, folded);
        wordLists.forget(0, tag);
        return added;
    }

    /** Takes a word off the project's list (or, with {@code global}, the global one): managers only. */
    @Transactional
    public boolean removeWord(long projectId, String locale, String word, boolean global) {
        String tag = LocaleTag.canonical(locale);
        policy.require(Permission.MANAGE, projectId, null);
        boolean removed = repository.remove(global ? null : projectId, tag,
                UCharacter.foldCase(validWord(word), true));
        wordLists.forget(global ? 0 : projectId, tag);
        return removed;
    }

    /** The project's words in a locale and the global ones. */
    @Transactional(readOnly = true)
    public List<DictionaryWord> words(long projectId, String locale) {
        String tag = LocaleTag.canonical(locale);
        policy.require(Permission.VIEW, projectId, tag);
        return repository.words(projectId, tag).stream()
                .map(w -> new DictionaryWord(w.word(), w.global(), w.addedBy(), w.addedAt())).toList();
    }

    /** The script a locale is written in (ICU's likely script: kk Cyrillic, uz Latin, tk Latin). */
    private static int script(String tag) {
        String code = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag)).getScript();
        int[] codes = UScript.getCode(code.isEmpty() ? "Latn" : code);
        return codes == null || codes.length == 0 ? UScript.LATIN : codes[0];
    }

    /**
     * The state of the word lists a project's locale is checked with: stored findings computed under another state
     * are stale. Changes on this node show at once, on another within a second.
     */
    public String wordListRevision(long projectId, String locale) {
        return wordLists.revision(projectId, LocaleTag.canonical(locale));
    }

    /** The learned lexicon of a locale reads the memory again at its next use (after a TMX import, in tests). */
    public void refreshLearned(String locale) {
        learned.refreshSoon(LocaleTag.canonical(locale));
    }

    private boolean spelledInOtherScript(Hunspell checker, String dictionary, String word, String tag) {
        if (tag.startsWith("uz")) {
            return spells(checker, dictionary, conversion.convert(word, tag, "uz-Cyrl"));
        }
        // kk-Latn: known when one of the Cyrillic words it may stand for is; not judged when it cannot be read back.
        return KazakhLatinSpellings.readings(word)
                .map(readings -> readings.stream().anyMatch(reading -> spells(checker, dictionary, reading)))
                .orElse(true);
    }

    /** The dictionary's answer, and for Kazakh and Uzbek a known word with common suffixes stacked on it. */
    private static boolean spells(Hunspell checker, String dictionary, String word) {
        return checker.spell(word) || SuffixChains.applies(dictionary)
                && SuffixChains.knownWithSuffixes(word, dictionary, checker::spell);
    }

    private static String validWord(String word) {
        String clean = word == null ? "" : word.strip();
        if (clean.isEmpty() || clean.length() > WORD_MAX_LENGTH || clean.codePoints().anyMatch(Character::isWhitespace)
                || clean.codePoints().noneMatch(Character::isLetter)) {
            throw new UserInputException("spelling.error.word",
                    "A dictionary word is one word of 1 to " + WORD_MAX_LENGTH + " characters with a letter: '" + word + "'",
                    WORD_MAX_LENGTH);
        }
        return clean;
    }

    private static List<String> limited(List<String> suggestions) {
        return suggestions.stream().limit(MAX_SUGGESTIONS).toList();
    }
}
