package org.tarjima.interchange.xliff;

import org.tarjima.interchange.InterchangeException;
import org.tarjima.intake.IncomingFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentSummary;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.XliffSchemas;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TranslationService;

/**
 * One minimal file of our own for each way valid XLIFF from other tools (Trados, memoQ, Okapi, Matecat, OmegaT,
 * translate-toolkit, the OASIS suites) was refused, crashed or lost text; each is imported as a new document the way a
 * project manager does it, and where the file has translations they arrive whole.
 */
@TarjimaTest
class VendorXliffFlavoursTest {

    @Autowired
    TestProjects projects;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    XliffImportService imports;
    @Autowired
    XliffExportService exports;
    @Autowired
    TranslationService translations;
    @Autowired
    org.tarjima.project.ProjectService projectService;

    private static byte[] flavour(String name) {
        return TestProjects.resource("/interchange/flavours/" + name);
    }

    private DocumentSummary imported(String locale, String name) {
        long project = projects.aProject().withTargets(locale).create().id();
        return incoming.importFile(project, name, flavour(name));
    }

    private List<String> targets(long document, String locale) {
        List<String> texts = new ArrayList<>();
        translations.forEachRow(document, locale, row -> texts.add(row.source().plainText() + " → "
                + row.target().plainText() + " (" + row.state() + ")"));
        return texts;
    }

    // 1. Attributes without a prefix are read in no namespace: its:version is not the XLIFF version.
    @Test
    void an_its_version_on_the_root_is_not_taken_for_the_xliff_version() {
        for (String name : List.of("its-version-on-root-1.2.xlf", "its-version-on-root-2.0.xlf")) {
            assertThat(XliffPrecheck.check(flavour(name)).version()).as(name).isIn("1.2", "2.0");
            DocumentSummary document = imported("ru", name);
            assertThat(targets(document.id(), "ru")).as(name)
                    .containsExactly("The river is clean again. → Река снова чиста. (TRANSLATED)");
        }
    }

    // 2. Whatever a reader throws is a refusal with the reason, never a server error.
    @Test
    void a_reader_exception_is_a_refusal_with_the_reason() {
        long project = projects.aProject().withTargets("ru").create().id();
        assertThatThrownBy(() -> incoming.importFile(project, "state.xlf", flavour("state-outside-the-list-2.0.xlf")))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("Invalid state value: 'checked'");
        // lib-xliff2 fails with an EmptyStackException on Microsoft's "document with everything"
        byte[] everything = TestProjects.resource("/interchange/ms-document-with-everything.xlf");
        long german = projects.aProject().withSource("en-US").withTargets("de-DE").create().id();
        assertThatThrownBy(() -> incoming.importFile(german, "everything.xlf", everything))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("cannot be read");
    }

    // 3. <seg-source> that Okapi drops: the target is taken unsegmented, never dropped.
    @Test
    void targets_survive_a_seg_source_that_okapi_discards() {
        DocumentSummary document = imported("ru", "seg-source-differs-1.2.xlf");
        assertThat(targets(document.id(), "ru")).containsExactly(
                "The river is clean.  The fish came back. → Река чиста. Рыба вернулась. (TRANSLATED)",
                "Birds nest here. → Здесь гнездятся птицы. (TRANSLATED)",
                "People walk here. → Здесь гуляют люди. (TRANSLATED)");
    }

    // 4. The declared encoding (and a byte order mark) is honoured.
    @Test
    void a_windows_1252_or_utf_16_file_is_decoded_as_it_declares() {
        DocumentSummary cp1252 = imported("fr", "windows-1252-1.2.xlf");
        assertThat(targets(cp1252.id(), "fr")).containsExactly(
                "© 2024 Café “Nature” € 5 → © 2024 Café «Nature» 5 € (TRANSLATED)");
        DocumentSummary utf16 = imported("ru", "utf-16le-bom-2.0.xlf");
        assertThat(targets(utf16.id(), "ru")).containsExactly("Ça coule: “clean” river ✓ → Река снова чиста. (TRANSLATED)");
        // Symfony's ISO-8859-1 sample, which names no target language either
        DocumentSummary latin1 = imported("de", "../symfony-encoding-iso-8859-1.xlf");
        assertThat(targets(latin1.id(), "de")).containsExactly("foo → bär (TRANSLATED)", "bar → föö (TRANSLATED)");
        assertThat(projects.segment(latin1.id(), "de", 1).notes()).containsExactly("bäz");
    }

    // 5. No target-language: the project's only target locale, or the one the manager names; never dropped silently.
    @Test
    void a_file_without_a_target_language_takes_the_only_target_locale_or_asks() {
        DocumentSummary single = imported("ru", "no-target-language-1.2.xlf");
        assertThat(targets(single.id(), "ru")).hasSize(3).allSatisfy(t -> assertThat(t).endsWith("(TRANSLATED)"));

        long several = projects.aProject().withTargets("kk", "ru").create().id();
        assertThatThrownBy(() -> incoming.importFile(several, "x.xlf", flavour("no-target-language-1.2.xlf")))
                .isInstanceOfSatisfying(TargetLocaleNeededException.class,
                        e -> assertThat(e.choices()).containsExactly("kk", "ru"));
        DocumentSummary chosen = incoming.importReporting(several, "x.xlf", flavour("no-target-language-1.2.xlf"), "ru",
                org.tarjima.jobs.Progress.NONE).document();
        assertThat(targets(chosen.id(), "ru")).hasSize(3).allSatisfy(t -> assertThat(t).endsWith("(TRANSLATED)"));
        assertThat(targets(chosen.id(), "kk")).allSatisfy(t -> assertThat(t).endsWith("(NEW)"));
        // a file naming its language and a manager naming another: refused, nothing guessed
        assertThatThrownBy(() -> incoming.importReporting(several, "y.xlf", flavour("seg-source-differs-1.2.xlf"), "kk",
                org.tarjima.jobs.Progress.NONE)).isInstanceOf(InterchangeException.class).hasMessageContaining("not kk");
    }

    @Test
    void a_vendor_file_without_a_target_language_comes_back_into_the_only_locale() {
        TestProjects.Created created = projects.aProject().withTargets("ru").withDocument(TestProjects.seedArticle());
        long document = created.document().id();
        SegmentRow first = projects.segment(document, "ru", 1);
        String vendor = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="x" source-language="en" datatype="plaintext"><body>
                  <trans-unit id="%d"><source>%s</source><target state="translated">Вместе к будущему</target></trans-unit>
                 </body></file>
                </xliff>""".formatted(first.segmentId(), first.source().plainText());

        ImportReport report = imports.apply(document, vendor.getBytes(StandardCharsets.UTF_8), ConflictChoice.keepTarjima());

        assertThat(report.changed()).isEqualTo(1);
        assertThat(projects.segment(document, "ru", 1).target().plainText()).isEqualTo("Вместе к будущему");
    }

    // 6. XLIFF 2.2 is known by its namespace, and what 2.2 allows is accepted.
    @Test
    void a_2_2_namespace_file_saying_version_2_1_is_read_with_the_2_2_rules() {
        assertThat(XliffPrecheck.check(flavour("namespace-2.2-says-2.1.xlf")).version()).isEqualTo("2.2");
        DocumentSummary document = imported("ru", "namespace-2.2-says-2.1.xlf");
        assertThat(targets(document.id(), "ru")).containsExactly("The river is clean again. → Река снова чиста. (TRANSLATED)");
        assertThat(projects.segment(document.id(), "ru", 1).notes()).containsExactly("Say \"clean\", not \"pure\".");
    }

    // 7. Valid <ec> markup that lib-xliff2 refused.
    @Test
    void end_codes_with_isolated_no_or_without_their_start_codes_type_are_read_as_pairs() {
        DocumentSummary document = imported("ru", "end-codes-lib-xliff2-refused-2.0.xlf");
        SegmentRow first = projects.segment(document.id(), "ru", 1);
        assertThat(first.target().plainText()).isEqualTo("Эта река чиста.");
        assertThat(first.target().hasSameCodesAs(first.source())).isTrue();
        assertThat(first.source().parts()).filteredOn(InlineText.Code.class::isInstance).hasSize(2);
        SegmentRow second = projects.segment(document.id(), "ru", 2);
        assertThat(second.source().parts()).filteredOn(InlineText.Code.class::isInstance)
                .allSatisfy(code -> assertThat(((InlineText.Code) code).type()).isEqualTo("fmt"));
    }

    // 8. <cp> is a placeholder code, written back as <cp> (2.x) and as <ph> (1.2).
    @Test
    void a_code_point_element_is_kept_as_a_placeholder_and_written_back() {
        DocumentSummary document = imported("ru", "code-point-2.0.xlf");
        SegmentRow row = projects.segment(document.id(), "ru", 1);
        assertThat(row.source().plainText()).isEqualTo("Ring the bell.");
        assertThat(row.source().parts()).filteredOn(InlineText.Code.class::isInstance).hasSize(2);
        assertThat(row.target().hasSameCodesAs(row.source())).isTrue();

        ExportedFile xliff21 = exports.exportXliff(document.id(), "ru", "2.1", ExportOptions.everything());
        XliffSchemas.validate(XliffSchemas.XLIFF20_CORE, xliff21.content());
        assertThat(new String(xliff21.content(), StandardCharsets.UTF_8))
                .contains("Ring<cp hex=\"0007\"/> the bell<cp hex=\"FFFE\"/>.", "Позвоните<cp hex=\"0007\"/>");
        ExportedFile xliff12 = exports.exportXliff(document.id(), "ru", "1.2", ExportOptions.everything());
        XliffSchemas.validate(XliffSchemas.XLIFF12_STRICT, xliff12.content());
        assertThat(new String(xliff12.content(), StandardCharsets.UTF_8)).contains("<ph id=", "&lt;cp hex=\"0007\"/>");
        for (ExportedFile file : List.of(xliff21, xliff12)) {
            assertThat(imports.preview(document.id(), file.content()).findings())
                    .allSatisfy(f -> assertThat(f.kind()).isEqualTo(ImportFinding.Kind.UNCHANGED));
        }
    }

    // 9. A DOCTYPE is accepted when nothing in the body needs it; never loaded, never expanded.
    @Test
    void a_harmless_doctype_is_accepted_and_a_used_entity_is_refused_with_the_reason() {
        for (String name : List.of("doctype-harmless-1.2.xlf", "doctype-entity-unused-1.2.xlf")) {
            DocumentSummary document = imported("ru", name);
            assertThat(targets(document.id(), "ru")).as(name).hasSize(1).allSatisfy(t -> assertThat(t).contains("чист")
                    .endsWith("(TRANSLATED)").doesNotContain("&"));
        }
        long project = projects.aProject().withTargets("ru").create().id();
        assertThatThrownBy(() -> incoming.importFile(project, "e.xlf", flavour("doctype-entity-used-1.2.xlf")))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("&company;").hasMessageContaining("line 6");
        String defaults = new String(flavour("doctype-harmless-1.2.xlf"), StandardCharsets.UTF_8).replace(
                "\"http://www.oasis-open.org/committees/xliff/documents/xliff.dtd\">",
                "\"x.dtd\" [<!ATTLIST trans-unit approved (yes|no) \"yes\">]>");
        assertThatThrownBy(() -> incoming.importFile(project, "d.xlf", defaults.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("default values");
        assertThat(projectService.find(project).orElseThrow().documentCount()).isZero();
    }

    // 10. Paired codes split between segments: every export writes them as the format allows.
    @Test
    void codes_spanning_segments_export_in_every_format_and_read_back_unchanged() {
        DocumentSummary document = imported("ru", "codes-across-segments-2.0.xlf");
        assertThat(targets(document.id(), "ru")).containsExactly("The river is clean. → Река чиста. (TRANSLATED)",
                "The fish came back. → Рыба вернулась. (TRANSLATED)");
        for (String version : List.of("2.1", "1.2")) {
            ExportedFile file = exports.exportXliff(document.id(), "ru", version, ExportOptions.everything());
            XliffSchemas.validate(version.equals("2.1") ? XliffSchemas.XLIFF20_CORE : XliffSchemas.XLIFF12_STRICT, file.content());
            if (version.equals("2.1")) {
                assertThat(new String(file.content(), StandardCharsets.UTF_8)).contains("isolated=\"yes\"");
            }
            assertThat(imports.preview(document.id(), file.content()).findings()).as(version)
                    .allSatisfy(f -> assertThat(f.kind()).isEqualTo(ImportFinding.Kind.UNCHANGED));
            long again = projects.aProject().withTargets("ru").create().id();
            DocumentSummary reimported = incoming.importFile(again, "again-" + version + ".xlf", file.content());
            assertThat(targets(reimported.id(), "ru")).as(version).isEqualTo(targets(document.id(), "ru"));
        }
    }
}
