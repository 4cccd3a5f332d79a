package org.tarjima.interchange.okapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where sentences end, in every language Tarjima serves. */
class SrxSentenceSegmenterTest {

    private static final SrxSentenceSegmenter segmenter = new SrxSentenceSegmenter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en      | Total budget: 12,500.75 USD.         | Work starts in May.
            ru      | Общий бюджет: 12 500,75 долларов США. | Работа начнётся в мае.
            kk      | Жалпы бюджет: 12 500,75 АҚШ доллары.  | Жұмыс мамырда басталады.
            ky      | Жалпы бюджет: 12 500,75 АКШ доллары.  | Иш май айында башталат.
            tg      | Буҷаи умумӣ: 12 500,75 доллари ИМА.   | Кор дар моҳи май оғоз мешавад.
            tk      | Umumy býudjet: 12 500,75 ABŞ dollary. | Iş maý aýynda başlanar.
            uz      | Umumiy byudjet: 12 500,75 AQSh dollari. | Ish may oyida boshlanadi.
            uz-Cyrl | Умумий бюджет: 12 500,75 АҚШ доллари. | Иш май ойида бошланади.
            """)
    void a_colon_followed_by_a_number_or_a_capital_on_the_same_line_does_not_end_the_sentence(String locale,
            String first, String second) {
        assertThat(sentences(locale, first + " " + second)).containsExactly(first, second);
        assertThat(sentences(locale, "Note: " + second)).containsExactly("Note: " + second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en      | Agenda:      | The meeting opens at ten.
            ru      | Повестка:    | Заседание открывается в десять.
            kk      | Күн тәртібі: | Отырыс онда ашылады.
            uz      | Kun tartibi: | Yig'ilish soat o'nda ochiladi.
            """)
    void a_colon_ends_the_sentence_where_a_capitalised_sentence_follows_on_a_new_line(String locale, String heading,
            String sentence) {
        assertThat(sentences(locale, heading + "\n" + sentence)).containsExactly(heading, sentence);
    }

    @Test
    void okapis_own_rules_still_hold() {
        assertThat(sentences("en", "Mr. Holmes is here, e.g. in the hall. Is Dr. Watson here too? Yes: both are."))
                .containsExactly("Mr. Holmes is here, e.g. in the hall.", "Is Dr. Watson here too?", "Yes: both are.");
    }

    private static List<String> sentences(String locale, String text) {
        ISegmenter sentences = segmenter.forLocale(locale);
        sentences.computeSegments(text);
        List<String> found = new ArrayList<>();
        for (Range range : sentences.getRanges()) {
            found.add(text.substring(range.start, range.end).trim());
        }
        return found;
    }
}
