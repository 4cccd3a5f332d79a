package org.tarjima.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.UserInputException;
import org.tarjima.base.text.InlineText;
import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.GlossaryScope;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.TermTranslation;
import org.tarjima.project.ProjectSummary;
import org.tarjima.security.NotPermittedException;
import org.tarjima.security.ProjectRole;
import org.tarjima.security.RunAs;
import org.tarjima.security.UserService;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/**
 * Spelling on real text and planted mistakes. The correct sentences are Article 1 of the Universal Declaration of
 * Human Rights in the United Nations' published translations (ohchr.org), a source no spelling check was tuned on.
 */
@TarjimaTest
class SpellingServiceTest {

    static final String RU = "Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом"
            + " и совестью и должны поступать в отношении друг друга в духе братства.";
    static final String KK = "Барлық адамдар тумысынан азат және қадір-қасиеті мен құқықтары тең болып дүниеге келеді."
            + " Адамдарға ақыл-парасат, ар-ождан берілген, сондықтан олар бір-бірімен туыстық, бауырмалдық"
            + " қарым-қатынас жасаулары тиіс.";
    static final String UZ_CYRL = "Барча одамлар эркин, қадр-қиммат ва ҳуқуқларда тенг бўлиб туғиладилар. Улар ақл ва"
            + " виждон соҳибидирлар ва бир-бирларига биродарларча муомала қилишлари зарур.";
    static final String UZ_LATN = "Barcha odamlar erkin, qadr-qimmat va huquqlarda teng boʻlib tugʻiladilar. Ular aql va"
            + " vijdon sohibidirlar va bir-birlariga birodarlarcha muomala qilishlari zarur.";
    static final String KK_LATN = "Barlyq adamdar tumysynan azat jäne qadır-qasietı men qūqyqtary teñ bolyp düniege"
            + " keledı. Adamdarğa aqyl-parasat, ar-ojdan berılgen, sondyqtan olar bır-bırımen tuystyq, bauyrmaldyq"
            + " qarym-qatynas jasaulary tiıs.";

    @Autowired
    SpellingService spelling;
    @Autowired
    TestProjects projects;
    @Autowired
    GlossaryService glossary;
    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;

    @Test
    void each_locale_says_how_it_is_checked() {
        assertThat(spelling.method("ru")).isEqualTo(new SpellingMethod(SpellingMethod.Kind.DICTIONARY, "ru"));
        assertThat(spelling.method("kk")).isEqualTo(new SpellingMethod(SpellingMethod.Kind.DICTIONARY, "kk"));
        assertThat(spelling.method("uz-Cyrl")).isEqualTo(new SpellingMethod(SpellingMethod.Kind.DICTIONARY, "uz-Cyrl"));
        assertThat(spelling.method("uz")).isEqualTo(new SpellingMethod(SpellingMethod.Kind.OTHER_SCRIPT, "uz-Cyrl"));
        assertThat(spelling.method("kk-Latn")).isEqualTo(new SpellingMethod(SpellingMethod.Kind.OTHER_SCRIPT, "kk"));
        for (String locale : List.of("ky", "tg", "tk")) {
            assertThat(spelling.method(locale).kind()).isEqualTo(SpellingMethod.Kind.LEARNED);
        }
    }

    @Test
    void real_text_is_not_flagged_in_any_dictionary_locale() {
        assertThat(unknown("ru", RU)).isEmpty();
        assertThat(unknown("kk", KK)).isEmpty();
        assertThat(unknown("uz-Cyrl", UZ_CYRL)).isEmpty();
        assertThat(unknown("uz", UZ_LATN)).isEmpty();
        assertThat(unknown("kk-Latn", KK_LATN)).isEmpty();
    }

    @Test
    void planted_misspellings_are_found_with_their_offsets_and_suggestions() {
        String text = RU.replace("свободными", "свабодными").replace("братства", "браства");
        List<Misspelling> found = spelling.checkWithSuggestions(null, "ru", text);
        assertThat(found).extracting(Misspelling::word).containsExactly("свабодными", "браства");
        Misspelling first = found.get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("свабодными");
        assertThat(first.suggestions()).contains("свободными");
        assertThat(found.get(1).suggestions()).contains("братства");

        assertThat(unknown("kk", KK.replace("адамдар", "адамдр"))).containsExactly("адамдр");
        // Both seen in copies of this very text on the web: к for қ, х for ҳ.
        assertThat(unknown("kk", KK.replace("құқықтары", "кұқықтары"))).containsExactly("кұқықтары");
        assertThat(unknown("uz-Cyrl", UZ_CYRL.replace("ҳуқуқларда", "хуқуқларда"))).containsExactly("хуқуқларда");
        assertThat(unknown("uz-Cyrl", UZ_CYRL.replace("одамлар", "одамлрр"))).containsExactly("одамлрр");
        assertThat(unknown("uz", UZ_LATN.replace("odamlar", "odamlrr"))).containsExactly("odamlrr");
        assertThat(spelling.suggestions("uz", "odamlr")).contains("odamlar");
        assertThat(unknown("kk-Latn", KK_LATN.replace("adamdar", "adamdr"))).containsExactly("adamdr");
    }

    @Test
    void central_asian_places_in_russian_are_known_and_words_of_another_alphabet_are_left_to_the_script_check() {
        assertThat(unknown("ru", "Из Алматы в Шымкент, из Шымкента в Худжанд; алматинский офис ЮНЕСКО.")).isEmpty();
        assertThat(unknown("ru", "Отчёт Outcomes и Google Docs готов.")).isEmpty();
        assertThat(unknown("uz", "Hisobot Алматы shahrida tayyor.")).isEmpty();
    }

    @Test
    void numbers_urls_mail_codes_and_abbreviations_are_never_flagged() {
        InlineText text = new InlineText(List.of(
                new InlineText.Text("Сайт www.unesco.org, почта almaty@unesco.org, ЮНЕСКО и ПРООН, 2020г., iPhone, "),
                new InlineText.Code(InlineText.CodeKind.OPEN, 1, "code", "`"),
                new InlineText.Text("nprmtr_x fooo"),
                new InlineText.Code(InlineText.CodeKind.CLOSE, 1, "code", "`"),
                new InlineText.Text(" и опечатка: праавительство.")));
        assertThat(spelling.check(0, "ru", text)).extracting(Misspelling::word).containsExactly("праавительство");
    }

    @Test
    void words_of_the_glossary_and_of_the_word_lists_are_known_and_a_manager_may_share_them() {
        ProjectSummary project = projects.aProject().withTargets("ru", "kk").create();
        ProjectSummary other = projects.aProject().withTargets("ru").create();
        // A word of its own per run: the global list outlives the test.
        String name = "Ақниет" + uniqueLetters();
        String text = "Программа " + name + " и Жасыл.";
        assertThat(unknownIn(project.id(), "ru", text)).containsExactly(name, "Жасыл");

        glossary.create(GlossaryScope.project(project.id()), EntryRequest.of("Zhasyl",
                TermTranslation.approved("ru", "Жасыл")));
        assertThat(unknownIn(project.id(), "ru", text)).containsExactly(name);

        users.grant("translator", new UserService.RoleRequest(project.id(), "ru", ProjectRole.TRANSLATOR));
        runAs.user("translator", () -> spelling.addWord(project.id(), "ru", name));
        assertThat(unknownIn(project.id(), "ru", text)).isEmpty();
        assertThat(unknownIn(other.id(), "ru", name)).containsExactly(name);
        assertThat(spelling.words(project.id(), "ru")).filteredOn(w -> !w.global())
                .extracting(DictionaryWord::word, DictionaryWord::global,
                DictionaryWord::addedBy).containsExactly(org.assertj.core.groups.Tuple.tuple(name, false, "translator"));

        assertThatThrownBy(() -> runAs.user("translator", () -> spelling.promoteWord(project.id(), "ru", name)))
                .isInstanceOf(NotPermittedException.class);
        spelling.promoteWord(project.id(), "ru", name);
        assertThat(unknownIn(other.id(), "ru", name)).isEmpty();
        assertThat(spelling.words(project.id(), "ru")).filteredOn(w -> w.word().equals(name))
                .extracting(DictionaryWord::global).containsExactly(true);
        assertThat(unknown("ru", name)).as("the project-less check reads no list").containsExactly(name);

        assertThatThrownBy(() -> spelling.addWord(project.id(), "ru", "two words"))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> runAs.user("translator", () -> spelling.addWord(project.id(), "kk", name)))
                .as("a translator of ru does not see kk").isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_locale_without_a_dictionary_learns_from_approved_translations_only() {
        TestProjects.Created created = projects.aProject().withTargets("ky")
                .withDocument(TestProjects.article("/document/press-release.md"));
        String approved = "Бардык адамдар эркин жана бирдей болуп төрөлүшөт.";
        users.grant("translator", new UserService.RoleRequest(created.project().id(), "ky", ProjectRole.TRANSLATOR));
        users.grant("reviewer", new UserService.RoleRequest(created.project().id(), "ky", ProjectRole.REVIEWER));
        projects.confirmedBy(created, "translator", "ky", approved, "Бул сүйлөм жөн гана которулган.");
        projects.approvedBy(created, "translator", "reviewer", "ky", approved);
        spelling.refreshLearned("ky");

        assertThat(unknown("ky", "Адамдар эркин төрөлүшөт.")).isEmpty();
        assertThat(unknown("ky", "Адамдар эркин жана сүйлөм.")).as("only approved text teaches")
                .containsExactly("сүйлөм");
        assertThat(spelling.suggestions("ky", "адамдр")).isEmpty();
    }

    private static String uniqueLetters() {
        StringBuilder letters = new StringBuilder();
        for (char c : java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            letters.append((char) ('а' + Character.digit(c, 16)));
        }
        return letters.toString();
    }

    private List<String> unknown(String locale, String text) {
        return spelling.check(0, locale, InlineText.of(text)).stream().map(Misspelling::word).toList();
    }

    private List<String> unknownIn(long projectId, String locale, String text) {
        return spelling.check(projectId, locale, InlineText.of(text)).stream().map(Misspelling::word).toList();
    }
}
