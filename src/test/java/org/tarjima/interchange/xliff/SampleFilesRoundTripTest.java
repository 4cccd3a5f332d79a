package org.tarjima.interchange.xliff;

import org.tarjima.interchange.InterchangeException;
import org.tarjima.intake.IncomingFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.LocaleTag;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.SourceFormat;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;
import org.tarjima.support.XliffSchemas;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.TranslationService;

/**
 * Okapi's round-trip idea on real files written by other tools (see ../shared/samples/SOURCES.tsv):
 * import as a new document, export, import again, and nothing differs.
 */
@TarjimaTest
class SampleFilesRoundTripTest {

    @Autowired
    ProjectService projects;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    XliffExportService exports;
    @Autowired
    XliffImportService imports;
    @Autowired
    TranslationService translations;

    private record Snapshot(String source, String target, String state, List<String> notes, String codes) {
    }

    private List<Snapshot> snapshot(long document, String locale) {
        List<Snapshot> rows = new ArrayList<>();
        translations.forEachRow(document, locale, (SegmentRow row) -> rows.add(new Snapshot(row.source().plainText(),
                row.target().plainText(), row.state().name(), row.notes(),
                row.source().codes().stream().map(c -> c.kind() + ":" + c.id() + ":" + c.data()).toList() + " / "
                        + row.target().codes().stream().map(c -> c.kind() + ":" + c.id()).toList())));
        return rows;
    }

    /** The sample as a project would receive it; SAP's samples declare the same source and target language. */
    private static byte[] sample(String name) {
        String xml = new String(TestProjects.resource("/interchange/" + name), StandardCharsets.ISO_8859_1);
        return xml.replace("target-language=\"en-us\"", "target-language=\"de-de\"").getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"okapi-sample12.xlf", "symfony-with-attributes.xlf", "symfony-encoding-iso-8859-1.xlf",
            "symfony-resources-multi-files.xlf", "sap-almost-everything-strict.xlf", "sap-almost-everything-transitional.xlf"})
    void a_file_from_another_tool_survives_import_export_and_import_again(String name) {
        byte[] file = sample(name);
        assertThat(SourceFormat.isXliff(file)).isTrue();
        XliffHeader header = XliffPrecheck.check(file);
        String target = header.targetLocale() == null ? "fr" : LocaleTag.canonical(header.targetLocale());
        ProjectSummary project = projects.create(new NewProject("Sample " + UUID.randomUUID(), header.sourceLocale(), List.of(target)));
        String locale = project.targetLocales().get(0);

        DocumentSummary imported = incoming.importFile(project.id(), name, file);
        assertThat(imported.format()).isEqualTo(SourceFormat.XLIFF);
        List<Snapshot> before = snapshot(imported.id(), locale);
        assertThat(before).isNotEmpty();

        ExportedFile exported = exports.exportXliff12(imported.id(), locale, ExportOptions.everything());
        XliffSchemas.validate(XliffSchemas.XLIFF12_TRANSITIONAL, exported.content());
        XliffSchemas.validate(XliffSchemas.XLIFF12_STRICT, exported.content());

        ImportReport back = imports.preview(imported.id(), exported.content());
        assertThat(back.findings()).allSatisfy(f -> assertThat(f.kind()).as(f.toString()).isEqualTo(ImportFinding.Kind.UNCHANGED));

        DocumentSummary again = incoming.importFile(project.id(), "again-" + name, exported.content());
        assertThat(snapshot(again.id(), locale)).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void the_okapi_sample_keeps_its_targets_states_and_codes() {
        ProjectSummary project = projects.create(new NewProject("Sample " + UUID.randomUUID(), "en-US", List.of("fr-FR")));
        DocumentSummary imported = incoming.importFile(project.id(), "sample.xlf", sample("okapi-sample12.xlf"));

        List<Snapshot> rows = snapshot(imported.id(), "fr-FR");
        assertThat(rows).extracting(Snapshot::state).containsExactly("NEW", "TRANSLATED", "APPROVED", "NEW");
        assertThat(rows.get(2).target()).isEqualTo("Texte traduit et approuvé.");
        assertThat(rows.get(2).codes()).contains("OPEN:1").contains("CLOSE:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid-symfony-empty.xlf", "invalid-symfony-not-well-formed.xlf", "invalid-symfony-unit-without-id.xlf",
            "invalid-ms-not-xml.xlf"})
    void a_broken_file_is_refused_and_no_document_is_created(String name) {
        ProjectSummary project = projects.create(new NewProject("Broken " + UUID.randomUUID(), "en", List.of("fr")));
        byte[] file = TestProjects.resource("/interchange/" + name);

        assertThatThrownBy(() -> incoming.importFile(project.id(), name, file))
                .isInstanceOfAny(InterchangeException.class, org.tarjima.document.DocumentImportException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
        assertThat(projects.find(project.id()).orElseThrow().documentCount()).isZero();
    }

    @org.junit.jupiter.api.Test
    void the_files_and_groups_of_a_structured_file_are_kept_as_each_segments_context(
            @Autowired org.tarjima.document.DocumentService documents) {
        ProjectSummary project = projects.create(new NewProject("Sample " + UUID.randomUUID(), "en", List.of("fr")));
        DocumentSummary multi = incoming.importFile(project.id(), "multi.xlf", sample("symfony-resources-multi-files.xlf"));
        assertThat(documents.article(multi.id(), 1, multi.segmentCount()))
                .extracting(org.tarjima.document.ArticleSegment::context).containsOnly("file.ext", "otherfile.ext")
                .contains("file.ext", "otherfile.ext");

        ProjectSummary japanese = projects.create(new NewProject("Sample " + UUID.randomUUID(), "en-US", List.of("ja-JP")));
        DocumentSummary grouped = incoming.importFile(japanese.id(), "grouped.xlf", TestProjects.resource("/interchange/symfony-resources-2.0.xlf"));
        assertThat(documents.article(grouped.id(), 1, grouped.segmentCount()))
                .extracting(org.tarjima.document.ArticleSegment::context).anySatisfy(context -> assertThat(context).isNotNull());
    }
}
