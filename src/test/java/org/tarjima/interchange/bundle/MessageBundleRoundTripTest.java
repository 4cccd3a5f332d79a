package org.tarjima.interchange.bundle;

import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.xliff.ExportedFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.ArticleSegment;
import org.tarjima.document.DocumentImportException;
import org.tarjima.document.DocumentService;
import org.tarjima.document.SourceFormat;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.translation.HistoryEntry;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

/** Tarjima's own UI bundles (translations/ at the repository root) go through Tarjima and come back byte for byte. */
@TarjimaTest
class MessageBundleRoundTripTest {

    private static final Path BUNDLES = Path.of("translations");

    @Autowired
    TestProjects projects;
    @Autowired
    DocumentService documents;
    @Autowired
    TranslationService translations;
    @Autowired
    MessageBundleImportService imports;
    @Autowired
    MessageBundleExportService exports;

    private static byte[] bundle(String locale) throws IOException {
        return Files.readAllBytes(BUNDLES.resolve("messages_" + locale + ".properties"));
    }

    /** The key → value lines of a bundle as written (these files use '=' and no escapes). */
    private static Map<String, String> values(byte[] file) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return values;
    }

    private long importEnglish(String... targets) throws IOException {
        long project = projects.aProject().withTargets(targets).create().id();
        return documents.importSource(project, "messages_en.properties", bundle("en")).id();
    }

    private List<ArticleSegment> segments(long document) {
        return documents.article(document, 1, documents.find(document).orElseThrow().segmentCount());
    }

    @Test
    void the_english_bundle_is_one_segment_per_key_and_exports_byte_identical_without_translations() throws IOException {
        long document = importEnglish("ru");

        assertThat(documents.find(document).orElseThrow().format()).isEqualTo(SourceFormat.PROPERTIES);
        Map<String, String> en = values(bundle("en"));
        List<ArticleSegment> segments = segments(document);
        assertThat(segments).extracting(ArticleSegment::context).containsExactlyElementsOf(en.keySet());
        // An ICU plural message is one segment, its syntax untouched; simple arguments are inline codes.
        ArticleSegment plural = segments.stream().filter(s -> s.context().equals("progress.segmentsAndWords")).findFirst()
                .orElseThrow();
        assertThat(plural.source().plainText()).isEqualTo(en.get("progress.segmentsAndWords"));
        ArticleSegment argument = segments.stream().filter(s -> s.context().equals("error.localeNotInProject"))
                .findFirst().orElseThrow();
        assertThat(argument.source().codes()).extracting(InlineText.Code::data).containsExactly("{0}");

        ExportedFile file = exports.export(document, "ru");

        assertThat(file.content()).isEqualTo(bundle("en"));
        assertThat(file.fileName()).isEqualTo("messages_ru.properties");
        assertThat(file.units()).isZero();
    }

    @Test
    void the_russian_bundle_fills_the_russian_targets_and_exports_as_the_english_file_with_russian_values()
            throws IOException {
        long document = importEnglish("ru", "tk");
        Map<String, String> ru = values(bundle("ru"));

        BundleImportReport report = imports.importTranslations(document, "ru", bundle("ru"));

        assertThat(report.state()).isEqualTo(TargetState.TRANSLATED);
        assertThat(report.filled()).isEqualTo(ru.size());
        assertThat(report.missingKeys()).isEmpty();
        assertThat(report.extraKeys()).isEmpty();
        SegmentRow first = projects.segment(document, "ru", 1);
        assertThat(first.target().plainText()).isEqualTo(ru.get("nav.projects"));
        assertThat(translations.history(first.segmentId(), "ru")).extracting(HistoryEntry::origin)
                .containsExactly(Origin.IMPORT);

        byte[] exported = exports.export(document, "ru").content();

        String[] enLines = new String(bundle("en"), StandardCharsets.UTF_8).split("\n", -1);
        String[] outLines = new String(exported, StandardCharsets.UTF_8).split("\n", -1);
        assertThat(outLines).hasSameSizeAs(enLines);
        for (int i = 0; i < enLines.length; i++) {
            String en = enLines[i];
            if (en.isBlank() || en.startsWith("#")) {
                assertThat(outLines[i]).as("line %d", i + 1).isEqualTo(en);
            } else {
                String key = en.substring(0, en.indexOf('='));
                assertThat(outLines[i]).as("line %d", i + 1).isEqualTo(key + "=" + ru.get(key));
            }
        }
        // The plural messages come back byte for byte, with Russian's few and many.
        assertThat(new String(exported, StandardCharsets.UTF_8))
                .contains("progress.segmentsAndWords=" + ru.get("progress.segmentsAndWords"));
        assertThat(ru.get("progress.segmentsAndWords")).contains("few {", "many {");

        BundleImportReport again = imports.importTranslations(document, "ru", exported);
        assertThat(again.unchanged()).isEqualTo(ru.size());
        assertThat(again.filled() + again.updated()).isZero();
    }

    @Test
    void every_bundle_of_the_workbench_comes_back_with_its_own_values() throws IOException {
        List<String> locales = List.of("ru", "kk", "ky", "tg", "tk", "uz", "uz-Cyrl");
        long document = importEnglish(locales.toArray(String[]::new));
        Map<String, String> en = values(bundle("en"));
        for (String locale : locales) {
            Map<String, String> own = values(bundle(locale));
            BundleImportReport report = imports.importTranslations(document, locale, bundle(locale));
            assertThat(report.extraKeys()).as(locale).isEmpty();
            assertThat(report.state()).as(locale).isEqualTo(new String(bundle(locale), StandardCharsets.UTF_8)
                    .lines().takeWhile(line -> line.startsWith("#")).anyMatch(line -> line.contains("DRAFT"))
                    ? TargetState.DRAFT : TargetState.TRANSLATED);

            Map<String, String> exported = values(exports.export(document, locale).content());

            assertThat(exported.keySet()).as(locale).containsExactlyElementsOf(en.keySet());
            en.keySet().forEach(key -> assertThat(exported.get(key)).as(locale + " " + key)
                    .isEqualTo(own.getOrDefault(key, en.get(key))));
        }
    }

    @Test
    void a_bundle_marked_draft_arrives_as_draft_and_reports_the_keys_it_lacks_and_the_keys_it_adds() throws IOException {
        long document = importEnglish("tk");
        String tk = new String(bundle("tk"), StandardCharsets.UTF_8);
        String dropped = tk.lines().filter(line -> line.startsWith("nav.language=")).findFirst().orElseThrow();
        byte[] file = (tk.replace(dropped + "\n", "") + "obsolete.key=Köne\n").getBytes(StandardCharsets.UTF_8);

        BundleImportReport report = imports.importTranslations(document, "tk", file);

        assertThat(report.state()).isEqualTo(TargetState.DRAFT);
        assertThat(report.filled()).isEqualTo(values(bundle("tk")).size() - 1);
        assertThat(report.missingKeys()).containsExactly("nav.language");
        assertThat(report.extraKeys()).containsExactly("obsolete.key");
        assertThat(projects.segment(document, "tk", 1).state()).isEqualTo(TargetState.DRAFT);
        // A key without a translation keeps the English value in the export.
        String exported = new String(exports.export(document, "tk").content(), StandardCharsets.UTF_8);
        assertThat(exported).contains("\nnav.language=" + values(bundle("en")).get("nav.language") + "\n");
    }

    @Test
    void an_approved_target_is_not_overwritten_by_a_file() throws IOException {
        long document = importEnglish("ru");
        SegmentRow row = projects.segment(document, "ru", 1);
        translations.arrive(new TargetEdit(row.segmentId(), "ru", InlineText.of("Мои проекты"), 0, Origin.EDITOR),
                TargetState.APPROVED);

        BundleImportReport report = imports.importTranslations(document, "ru", bundle("ru"));

        assertThat(report.keptApproved()).isEqualTo(1);
        assertThat(projects.segment(document, "ru", 1).target().plainText()).isEqualTo("Мои проекты");
    }

    @Test
    void a_malformed_translation_file_is_refused_with_its_line_and_changes_nothing() throws IOException {
        long document = importEnglish("ru");
        byte[] duplicate = (new String(bundle("ru"), StandardCharsets.UTF_8) + "nav.projects=Ещё раз\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] brokenPlural = new String(bundle("ru"), StandardCharsets.UTF_8)
                .replace("many {# сегментов}", "many {# сегментов").getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8 = "nav.projects=Proje\u00e7ler\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> imports.importTranslations(document, "ru", duplicate))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("'nav.projects' is given twice (lines 2 and");
        assertThatThrownBy(() -> imports.importTranslations(document, "ru", brokenPlural))
                .isInstanceOf(InterchangeException.class)
                .hasMessageContaining("'progress.segmentsAndWords'").hasMessageContaining("Nothing was imported");
        assertThatThrownBy(() -> imports.importTranslations(document, "ru", notUtf8))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("not UTF-8: line 1");

        assertThat(brokenPlural).isNotEqualTo(bundle("ru"));
        for (int ordinal = 1; ordinal <= 3; ordinal++) {
            assertThat(projects.segment(document, "ru", ordinal).target().isBlank()).isTrue();
        }
        assertThat(exports.export(document, "ru").content()).isEqualTo(bundle("en"));
    }

    @Test
    void a_malformed_source_bundle_is_refused_and_no_document_is_created() {
        long project = projects.aProject().withTargets("ru").create().id();
        byte[] brokenEscape = "greeting=Caf\\u00e\nother=Fine\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> documents.importSource(project, "messages_en.properties", brokenEscape))
                .isInstanceOf(DocumentImportException.class).hasMessageContaining("Line 1 has a \\u escape");
        assertThat(documents.documents(project)).isEmpty();
    }

    @Test
    void any_properties_file_keeps_its_comments_separators_escapes_and_line_endings() {
        String original = "# Header\r\n! bang comment\r\n\r\nkey.one = Value one  \r\nkey.two:Two\\nlines \\u00e9\r\n"
                + "key.three\tTab separated {0}\r\nempty=\r\nchoice={0, select, male {he} other {they}} {1, number, integer}\r\n   indented=Indented \\\\ backslash\r\nlast=End";
        long project = projects.aProject().withTargets("ru").create().id();
        long document = documents.importSource(project, "app.properties", original.getBytes(StandardCharsets.UTF_8)).id();
        List<ArticleSegment> segments = segments(document);
        assertThat(segments).extracting(ArticleSegment::context)
                .containsExactly("key.one", "key.two", "key.three", "choice", "indented", "last");
        // Select cases are words to translate; only the numbered arguments are codes.
        assertThat(segments.get(3).source().plainText()).isEqualTo("{0, select, male {he} other {they}} ");
        assertThat(segments.get(3).source().codes()).extracting(InlineText.Code::data)
                .containsExactly("{1, number, integer}");

        assertThat(new String(exports.export(document, "ru").content(), StandardCharsets.UTF_8))
                .isEqualTo(original);

        SegmentRow three = projects.segment(document, "ru", 3);
        translations.confirm(new TargetEdit(three.segmentId(), "ru", new InlineText(List.of(
                new InlineText.Text("Через табуляцию "), three.source().codes().get(0))), 0, Origin.EDITOR));
        ExportedFile file = exports.export(document, "ru");
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo(original
                .replace("Tab separated {0}", "Через табуляцию {0}"));
        assertThat(file.fileName()).isEqualTo("app_ru.properties");
        assertThat(file.units()).isEqualTo(1);
    }
}
