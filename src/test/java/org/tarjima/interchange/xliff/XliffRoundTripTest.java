package org.tarjima.interchange.xliff;

import org.tarjima.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.support.TestProjects.article;
import static org.tarjima.support.TestProjects.seedArticle;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.XliffSchemas;
import org.tarjima.translation.HistoryEntry;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetSnapshot;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.TranslationService;

@TarjimaTest
class XliffRoundTripTest {

    @Autowired
    org.tarjima.translation.SegmentListing listing;
    @Autowired
    TestProjects projects;
    @Autowired
    TranslationService translations;
    @Autowired
    XliffExportService exports;
    @Autowired
    XliffImportService imports;

    private SegmentRow row(long document, String locale, int ordinal) {
        return projects.segment(document, locale, ordinal);
    }

    private TargetSnapshot confirm(long document, String locale, int ordinal, String text) {
        SegmentRow row = row(document, locale, ordinal);
        return translations.confirm(new TargetEdit(row.segmentId(), locale, InlineText.of(text), row.version(), Origin.EDITOR)).target();
    }

    private static String xml(ExportedFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    @Test
    void an_export_validates_against_the_oasis_schemas_and_reads_back_unchanged() {
        long document = projects.aProject().withDocument(article("/document/press-release.html")).document().id();
        confirm(document, "kk", 3, "Іс-шараға 60-тан астам қатысушы қатысты & <бәрі>.");
        SegmentRow heading = row(document, "kk", 2);
        translations.saveDraft(new TargetEdit(heading.segmentId(), "kk", heading.source(), 0, Origin.EDITOR));

        ExportedFile file = exports.exportXliff12(document, "kk", ExportOptions.everything());

        XliffSchemas.validate(XliffSchemas.XLIFF12_STRICT, file.content());
        XliffSchemas.validate(XliffSchemas.XLIFF12_TRANSITIONAL, file.content());
        assertThat(file.fileName()).isEqualTo("press-release.kk.xlf");
        assertThat(xml(file)).contains("source-language=\"en\"", "target-language=\"kk\"", "state=\"translated\"",
                "state=\"needs-review-translation\"", "<bpt id=\"1\"", "tarjima-export:" + file.exportId());
        ImportReport report = imports.preview(document, file.content());
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.kind().blocking()).as(f.toString()).isFalse());
        assertThat(report.changed()).isZero();
        assertThat(report.conflicts()).isZero();
        assertThat(report.unchanged()).isEqualTo(7);
    }

    @Test
    void the_demo_article_round_trips_in_every_locale() {
        var created = projects.aProject().withDocument(seedArticle());
        long document = created.document().id();
        for (String locale : created.project().targetLocales()) {
            confirm(document, locale, 2, "4 · " + locale);
            ExportedFile file = exports.exportXliff12(document, locale, ExportOptions.everything());
            XliffSchemas.validate(XliffSchemas.XLIFF12_STRICT, file.content());
            ImportReport report = imports.apply(document, file.content(), ConflictChoice.keepTarjima());
            assertThat(report.unchanged()).as(locale).isEqualTo(17);
            assertThat(report.changed() + report.conflicts() + report.rejected()).as(locale).isZero();
            assertThat(row(document, locale, 2).version()).as("nothing rewritten in " + locale).isEqualTo(1);
        }
    }

    @Test
    void a_target_changed_in_the_file_comes_back_with_origin_import() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        confirm(document, "ru", 2, "4 декабря 2020 года");
        ExportedFile file = exports.exportXliff12(document, "ru", ExportOptions.everything());
        String vendor = xml(file).replace("4 декабря 2020 года</target>", "4 декабря 2020 г.</target>")
                .replaceFirst("(<trans-unit id=\"" + row(document, "ru", 3).segmentId()
                        + "\"[^>]*>\\s*<source[^>]*>[^<]*</source>\\s*)<target xml:lang=\"ru\" state=\"new\"></target>",
                        "$1<target xml:lang=\"ru\" state=\"translated\">26 ноября 2020 года ЮНЕСКО провело диалог.</target>");

        ImportReport preview = imports.preview(document, vendor.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.changed()).isEqualTo(2);
        assertThat(row(document, "ru", 2).target().plainText()).as("a preview changes nothing").isEqualTo("4 декабря 2020 года");

        ImportReport applied = imports.apply(document, vendor.getBytes(StandardCharsets.UTF_8), ConflictChoice.keepTarjima());
        assertThat(applied.applied()).isTrue();
        assertThat(row(document, "ru", 2).target().plainText()).isEqualTo("4 декабря 2020 г.");
        assertThat(row(document, "ru", 3).target().plainText()).isEqualTo("26 ноября 2020 года ЮНЕСКО провело диалог.");
        assertThat(row(document, "ru", 3).state()).isEqualTo(TargetState.TRANSLATED);
        List<HistoryEntry> history = translations.history(row(document, "ru", 2).segmentId(), "ru");
        assertThat(history).extracting(HistoryEntry::origin).containsExactly(Origin.EDITOR, Origin.IMPORT);
    }

    @Test
    void a_target_changed_in_tarjima_after_the_export_is_a_conflict_and_kept_unless_chosen() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        confirm(document, "kk", 1, "Табиғатпен үйлесімде");
        ExportedFile file = exports.exportXliff12(document, "kk", ExportOptions.everything());
        confirm(document, "kk", 1, "Табиғатпен үйлесімді болашақ");
        byte[] vendor = xml(file).replace("Табиғатпен үйлесімде</target>", "Табиғатпен бірге</target>")
                .getBytes(StandardCharsets.UTF_8);

        ImportReport kept = imports.apply(document, vendor, ConflictChoice.keepTarjima());
        assertThat(kept.conflicts()).isEqualTo(1);
        assertThat(kept.conflictsTaken()).isZero();
        assertThat(kept.findings()).filteredOn(f -> f.kind() == ImportFinding.Kind.CONFLICT)
                .singleElement().satisfies(f -> {
                    assertThat(f.currentText()).isEqualTo("Табиғатпен үйлесімді болашақ");
                    assertThat(f.incomingText()).isEqualTo("Табиғатпен бірге");
                });
        assertThat(row(document, "kk", 1).target().plainText()).isEqualTo("Табиғатпен үйлесімді болашақ");

        long segment = row(document, "kk", 1).segmentId();
        ImportReport taken = imports.apply(document, vendor, new ConflictChoice(false, java.util.Set.of(segment)));
        assertThat(taken.conflictsTaken()).isEqualTo(1);
        assertThat(row(document, "kk", 1).target().plainText()).isEqualTo("Табиғатпен бірге");
    }

    @Test
    void only_the_chosen_states_are_exported() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        confirm(document, "uz", 1, "Tabiat bilan uygʻunlikda");

        ExportedFile vendorWork = exports.exportXliff12(document, "uz", new ExportOptions(EnumSet.of(TargetState.NEW, TargetState.REJECTED)));
        ExportedFile delivery = exports.exportXliff12(document, "uz", new ExportOptions(EnumSet.of(TargetState.TRANSLATED)));

        assertThat(vendorWork.units()).isEqualTo(16);
        assertThat(delivery.units()).isEqualTo(1);
        assertThat(xml(delivery)).contains("Tabiat bilan uygʻunlikda");
    }

    @Test
    void an_unknown_id_rejects_the_whole_file_and_changes_nothing() {
        long document = projects.aProject().withDocument(seedArticle()).document().id();
        ExportedFile file = exports.exportXliff12(document, "ky", ExportOptions.everything());
        long first = row(document, "ky", 1).segmentId();
        String vendor = xml(file).replace("<target xml:lang=\"ky\" state=\"new\"></target>",
                        "<target xml:lang=\"ky\" state=\"translated\">Котормо</target>")
                .replaceFirst("trans-unit id=\"" + (first + 16) + "\"", "trans-unit id=\"999999999\"");

        ImportReport report = imports.apply(document, vendor.getBytes(StandardCharsets.UTF_8), ConflictChoice.takeFile());

        assertThat(report.applied()).isFalse();
        assertThat(report.findings()).filteredOn(f -> f.kind() == ImportFinding.Kind.UNKNOWN_ID)
                .singleElement().satisfies(f -> assertThat(f.message()).contains("999999999"));
        assertThat(listing.count(document, "ky", StateFilter.NEW)).isEqualTo(17);
    }

    @Test
    void a_target_without_its_sources_codes_is_rejected() {
        long document = projects.aProject().withDocument(article("/document/press-release.md")).document().id();
        ExportedFile file = exports.exportXliff12(document, "ru", ExportOptions.everything());
        String vendor = xml(file).replaceFirst("<target xml:lang=\"ru\" state=\"new\"></target>",
                "<target xml:lang=\"ru\" state=\"translated\">ЮНЕСКО и партнёры встречаются в Алматы</target>");

        ImportReport report = imports.apply(document, vendor.getBytes(StandardCharsets.UTF_8), ConflictChoice.takeFile());

        assertThat(report.applied()).isFalse();
        assertThat(report.findings()).extracting(ImportFinding::kind).contains(ImportFinding.Kind.CODES_MISMATCH);
        assertThat(listing.count(document, "ru", StateFilter.NEW)).isEqualTo(7);
    }

    @Test
    void a_file_for_another_language_or_not_xliff_is_refused_with_the_reason() {
        long document = projects.aProject().withTargets("ru").withDocument(seedArticle()).document().id();
        long other = projects.aProject().withDocument(seedArticle()).document().id();
        ExportedFile kazakh = exports.exportXliff12(other, "kk", ExportOptions.everything());

        assertThatThrownBy(() -> imports.preview(document, kazakh.content()))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("kk").hasMessageContaining("not a target locale");
        assertThatThrownBy(() -> imports.preview(document, "<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("not XLIFF");
        assertThatThrownBy(() -> imports.preview(document, TestProjects.resource("/interchange/invalid-symfony-not-well-formed.xlf")))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("not well-formed").hasMessageContaining("line");
        assertThatThrownBy(() -> imports.preview(document, TestProjects.resource("/interchange/invalid-ms-not-xml.xlf")))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> imports.preview(document, new byte[0]))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> imports.preview(document,
                "<xliff version=\"2.0\" srcLang=\"en\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("no <file>");
        assertThatThrownBy(() -> imports.preview(document, "<xliff version=\"3.0\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("version 3.0");
    }

    @Test
    void a_doctype_with_an_external_entity_is_refused_and_nothing_leaks() throws Exception {
        long document = projects.aProject().withTargets("ru").withDocument(seedArticle()).document().id();
        long segment = row(document, "ru", 1).segmentId();
        java.nio.file.Path secret = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "secret", ".txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY leak SYSTEM "%s">]>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="x" source-language="en" target-language="ru" datatype="plaintext"><body>
                <trans-unit id="%d"><source>Working together</source><target state="translated">&leak;</target></trans-unit>
                </body></file></xliff>""".formatted(secret.toUri(), segment);

        assertThatThrownBy(() -> imports.apply(document, xxe.getBytes(StandardCharsets.UTF_8), ConflictChoice.takeFile()))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
        assertThat(row(document, "ru", 1).target().plainText()).isEmpty();
    }

    @Test
    void okapis_own_xliff_reader_reads_our_exports_without_a_warning() {
        long document = projects.aProject().withDocument(article("/document/press-release.html")).document().id();
        confirm(document, "tg", 1, "Муколамаи сиёсӣ");
        ch.qos.logback.classic.Logger okapi = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("net.sf.okapi");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> warnings = new ch.qos.logback.core.read.ListAppender<>();
        warnings.start();
        okapi.addAppender(warnings);
        ch.qos.logback.classic.Level level = okapi.getLevel();
        okapi.setLevel(ch.qos.logback.classic.Level.WARN);
        try {
            for (String version : List.of("1.2", "2.1")) {
                ExportedFile file = exports.exportXliff(document, "tg", version, ExportOptions.everything());
                assertThat(imports.preview(document, file.content()).unchanged()).isEqualTo(7);
            }
        } finally {
            okapi.detachAppender(warnings);
            okapi.setLevel(level);
        }
        assertThat(warnings.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void an_entity_expansion_bomb_is_refused_before_any_expansion() {
        long document = projects.aProject().withTargets("ru").withDocument(seedArticle()).document().id();
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<xliff version=\"1.2\"><file original=\"x\" source-language=\"en\" target-language=\"ru\" datatype=\"plaintext\">")
                .append("<body><trans-unit id=\"1\"><source>&lol9;</source></trans-unit></body></file></xliff>");

        assertThatThrownBy(() -> imports.preview(document, bomb.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void a_file_above_the_size_limit_is_refused_before_it_is_read(@Autowired org.springframework.core.env.Environment environment) {
        long document = projects.aProject().withTargets("ru").withDocument(seedArticle()).document().id();
        long limit = Long.parseLong(environment.getProperty("tarjima.import.max-bytes"));
        byte[] huge = new byte[(int) limit + 1];

        assertThatThrownBy(() -> imports.preview(document, huge))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("above the import limit");
    }
}
