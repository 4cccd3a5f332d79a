package org.tarjima.qa.checks;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.tarjima.qa.QaCheck;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaSubject;
import org.tarjima.qa.Severity;
import org.tarjima.qa.TextEdits;

/**
 * Latin letters inside a Cyrillic word (ru, kk, ky, tg, uz-Cyrl) and Cyrillic letters inside a Latin word (uz, tk,
 * kk-Latn) are typos that spell checkers, search and sorting trip over. When the stray letter looks exactly like a
 * letter of the word's own script (ICU's confusable skeletons: Latin a, e, o, c, p, x against Cyrillic а, е, о, с, р,
 * х; Latin i against Kazakh і) it is an error with a fix; another mix is a warning. A one-letter word of the wrong
 * script between words of the right one ("c" for the preposition "с") counts as well. Whole words in another script,
 * such as names, are fine.
 */
@Component
public class ScriptMixCheck implements QaCheck {

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    /** For each target locale and script: skeleton → a letter of that script with that skeleton. */
    private static final Map<String, Map<String, String>> LOOK_ALIKES = new ConcurrentHashMap<>();

    private record Word(int start, int end, int script) {
    }

    @Override
    public String id() {
        return "script";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaFinding> check(QaSubject subject) {
        String target = subject.targetText();
        if (target.isBlank()) {
            return List.of();
        }
        LocaleFacts facts = LocaleFacts.of(subject.targetLocale());
        int home = facts.script();
        if (home != UScript.CYRILLIC && home != UScript.LATIN) {
            return List.of();
        }
        List<Word> words = words(target, home);
        List<QaFinding> findings = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            // A lower-case letter between two words: a preposition or conjunction ("c" for "с"); "витамин C" is a name.
            boolean lonelyLetter = word.end - word.start == 1 && word.script != home && word.script != UScript.COMMON
                    && UCharacter.isLowerCase(target.charAt(word.start))
                    && w > 0 && words.get(w - 1).script == home && w < words.size() - 1 && words.get(w + 1).script == home;
            int main = lonelyLetter ? home : word.script;
            List<int[]> strays = new ArrayList<>();
            for (int i = word.start; i < word.end; i++) {
                int script = UScript.getScript(target.charAt(i));
                if ((script == UScript.LATIN || script == UScript.CYRILLIC) && script != main) {
                    strays.add(new int[] {i, script});
                }
            }
            if (strays.isEmpty()) {
                continue;
            }
            Map<String, String> lookAlikes = lookAlikes(subject.targetLocale(), main);
            List<TextEdits.Edit> edits = new ArrayList<>();
            for (int[] stray : strays) {
                String letter = String.valueOf(target.charAt(stray[0]));
                String twin = lookAlikes.get(SPOOF.getSkeleton(letter));
                if (twin != null) {
                    edits.add(new TextEdits.Edit(stray[0], stray[0] + 1, twin));
                }
            }
            String text = target.substring(word.start, word.end);
            int first = strays.get(0)[0];
            String scriptName = UScript.getName(strays.get(0)[1]);
            if (edits.size() == strays.size()) {
                StringBuilder fixed = new StringBuilder(text);
                edits.forEach(e -> fixed.replace(e.start() - word.start, e.end() - word.start, e.replacement()));
                findings.add(QaFinding.of(this, Severity.ERROR, "homoglyph", first, first + 1, text, scriptName)
                        .withFix(new QaFinding.Fix("qa.fix.replace", List.of(text, fixed.toString()),
                                TextEdits.apply(subject.target(), edits))));
            } else if (!lonelyLetter) {
                findings.add(QaFinding.of(this, Severity.WARNING, "mixed", first, first + 1, text, scriptName));
            }
        }
        return findings;
    }

    /** Runs of letters and marks, with the script most of their letters are in (ties go to the target's). */
    private static List<Word> words(String text, int home) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            Map<Integer, Integer> counts = new HashMap<>();
            while (i < text.length() && isWordChar(text.charAt(i))) {
                int script = UScript.getScript(text.charAt(i));
                if (script == UScript.LATIN || script == UScript.CYRILLIC) {
                    counts.merge(script, 1, Integer::sum);
                }
                i++;
            }
            int latin = counts.getOrDefault(UScript.LATIN, 0);
            int cyrillic = counts.getOrDefault(UScript.CYRILLIC, 0);
            int script = latin == cyrillic ? (latin == 0 ? UScript.COMMON : home) : latin > cyrillic ? UScript.LATIN : UScript.CYRILLIC;
            words.add(new Word(start, i, script));
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return UCharacter.isLetter(c) || UCharacter.getType(c) == UCharacter.NON_SPACING_MARK;
    }

    /** Letters of a script a reader of the locale knows (the basic alphabet and the locale's own), by skeleton. */
    private static Map<String, String> lookAlikes(String locale, int script) {
        return LOOK_ALIKES.computeIfAbsent(locale + "/" + script, key -> {
            UnicodeSet letters = new UnicodeSet(script == UScript.CYRILLIC ? "[а-яё]" : "[a-z]");
            UnicodeSet exemplars = LocaleData.getExemplarSet(LocaleFacts.of(locale).locale(), 0, LocaleData.ES_STANDARD);
            for (String letter : exemplars) {
                if (letter.codePointCount(0, letter.length()) == 1 && UScript.getScript(letter.codePointAt(0)) == script) {
                    letters.add(letter);
                }
            }
            Map<String, String> bySkeleton = new HashMap<>();
            for (String letter : letters) {
                for (String form : List.of(letter, UCharacter.toUpperCase(letter))) {
                    if (form.length() == 1) {
                        bySkeleton.putIfAbsent(SPOOF.getSkeleton(form), form);
                    }
                }
            }
            return Map.copyOf(bySkeleton);
        });
    }
}
