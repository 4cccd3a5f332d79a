package org.tarjima.analysis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tarjima.interchange.XliffSource;
import org.tarjima.memory.TmxService;
import org.tarjima.base.text.InlineText;
import org.tarjima.security.RunAs;
import org.tarjima.support.TestProjects;
import org.tarjima.support.TestUsers;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TranslationService;

/**
 * A document built for the analysis, in a source locale of its own (so that no other test's TM units reach it), and
 * a TM loaded from TMX with one unit for the exact copy and one for the fuzzy sentence. Every segment falls into one
 * band for one reason:
 * <pre>
 *  1 P  unrelated                                   none
 *  2 C  confirmed in another document, same P and N 101
 *  3 N  unrelated                                   none
 *  4 E  in the TMX                                  100
 *  5 F' the TMX's 20-word sentence, one word changed fuzzy
 *  6 U  unrelated                                   none
 *  7 E  again                                       repetitions
 *  8 U  again                                       repetitions
 *  9 D  confirmed here                              alreadyDone
 * 10 A  approved here                               alreadyDone
 * </pre>
 */
@Component
public class AnalysisFixture {

    static final String P = "Bright kites drift above the quiet harbour at dawn.";
    static final String C = "Volunteers planted four hundred oak trees along the river bank.";
    static final String N = "Children painted murals on the walls of the sports hall.";
    static final String E = "Solar panels cover the roof of the old railway station.";
    static final String F = "The regional council will publish a detailed report on water quality in all northern villages "
            + "before the end of March.";
    static final String F_CHANGED = F.replace("detailed", "short");
    static final String U = "Purple elephants rarely negotiate mortgage rates with sleepy accountants.";
    static final String D = "The museum opens its new wing to visitors next spring.";
    static final String A = "Local farmers sell fresh cheese every Saturday morning.";
    static final List<String> SEGMENTS = List.of(P, C, N, E, F_CHANGED, U, E, U, D, A);

    private final TestProjects projects;
    private final TmxService tmx;
    private final TranslationService translations;
    private final TestUsers users;
    private final RunAs runAs;

    AnalysisFixture(TestProjects projects, TmxService tmx, TranslationService translations, TestUsers users, RunAs runAs) {
        this.users = users;
        this.runAs = runAs;
        this.projects = projects;
        this.tmx = tmx;
        this.translations = translations;
    }

    /** The project, its analysed document, and the source locale they use. */
    public record Built(TestProjects.Created created, String sourceLocale) {
        public long projectId() {
            return created.project().id();
        }

        public long documentId() {
            return created.document().id();
        }
    }

    /** As the issue asks: TMX first, the context unit from another document, the work done in this one. */
    public Built build() {
        String source = "en-x-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        tmx.importTmx(XliffSource.of(tmxOf(source, "ru", List.of(E, F), List.of("Солнечные панели покрывают крышу старого вокзала.",
                "Областной совет опубликует подробный доклад о качестве воды во всех северных сёлах до конца марта."))),
                null, "ru");
        TestProjects.Created other = projects.aProject().withSource(source).withTargets("ru", "kk")
                .withDocument(article("other.txt", List.of(P, C, N)));
        TestProjects.Created created = projects.aProject().withSource(source).withTargets("ru", "kk")
                .withDocument(article("analysed.txt", SEGMENTS));
        // Segment 2 of the other document only: its neighbours P and N have no unit, so they stay unmatched here.
        confirm(other.document().id(), 2, "Волонтёры посадили четыреста дубов вдоль берега реки.");
        confirm(created.document().id(), 9, "Музей откроет новое крыло для посетителей следующей весной.");
        // Approved by the admin, so written by someone else: a reviewer never approves their own text.
        String translator = users.create("analysis-fixture", TestUsers.translator(created.project().id(), "ru"));
        runAs.user(translator, () -> {
            confirm(created.document().id(), 10, "Местные фермеры продают свежий сыр каждую субботу утром.");
            return null;
        });
        SegmentRow approved = projects.segment(created.document().id(), "ru", 10);
        translations.approve(new TargetReview(approved.segmentId(), "ru", approved.version(), Origin.EDITOR));
        return new Built(created, source);
    }

    /** Confirms segment {@code ordinal} (1-based) in ru as the signed-in user. */
    void confirm(long documentId, int ordinal, String text) {
        SegmentRow row = projects.segment(documentId, "ru", ordinal);
        translations.confirm(new TargetEdit(row.segmentId(), "ru", InlineText.of(text), row.version(), Origin.EDITOR));
    }

    static TestProjects.Article article(String name, List<String> paragraphs) {
        return new TestProjects.Article(name, String.join("\n\n", paragraphs).concat("\n").getBytes(StandardCharsets.UTF_8));
    }

    static byte[] tmxOf(String source, String target, List<String> sources, List<String> targets) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence"
                 o-tmf="test" adminlang="en" srclang="%s" datatype="plaintext"/><body>
                """.formatted(source));
        for (int i = 0; i < sources.size(); i++) {
            xml.append("<tu><tuv xml:lang=\"").append(source).append("\"><seg>").append(sources.get(i))
                    .append("</seg></tuv><tuv xml:lang=\"").append(target).append("\"><seg>").append(targets.get(i))
                    .append("</seg></tuv></tu>\n");
        }
        return xml.append("</body></tmx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
