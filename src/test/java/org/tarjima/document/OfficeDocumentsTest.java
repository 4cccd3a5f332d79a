package org.tarjima.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.support.OfficeFiles.paragraph;
import static org.tarjima.support.OfficeFiles.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjima.base.i18n.Message;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.interchange.translated.MinState;
import org.tarjima.interchange.translated.TranslatedDocumentService;
import org.tarjima.interchange.translated.TranslatedFile;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.intake.UploadJobs;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.JobSnapshot;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.OfficeFiles;
import org.tarjima.support.SampleDocuments;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/**
 * Office documents through the services the project page uses: what becomes a segment (headers, footers, footnotes,
 * not hidden text), what the translated file keeps (macros that were there), PowerPoint and Excel on the same path, a
 * reader stopped by the time limit, and a 50,000-paragraph document imported as a job with progress.
 */
@TarjimaTest
class OfficeDocumentsTest {

    @Autowired
    TestProjects projects;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    DocumentService documents;
    @Autowired
    TranslatedDocumentService translated;
    @Autowired
    UploadJobs uploads;
    @Autowired
    JobService jobs;
    @Autowired
    SourceExtractor extractor;

    @Test
    void headers_footers_footnotes_and_text_boxes_are_segments_with_their_place_and_hidden_text_stays_out() {
        byte[] word = OfficeFiles.docx(paragraph(null, run("Visible sentence of the body.")
                        + "<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\"> Hidden remark for the author.</w:t></w:r>"
                        + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>")
                        + paragraph(null, "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:200pt;"
                        + "height:60pt\"><v:textbox><w:txbxContent>" + paragraph(null, run("Text in a box beside the article."))
                        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))
                .part("word/header1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr xmlns:w=\"" + OfficeFiles.W + "\">"
                        + paragraph(null, run("UNESCO press office")) + "</w:hdr>")
                .part("word/footer1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:ftr xmlns:w=\"" + OfficeFiles.W + "\">"
                        + paragraph(null, run("Page footer text")) + "</w:ftr>")
                .part("word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes xmlns:w=\"" + OfficeFiles.W
                        + "\"><w:footnote w:id=\"1\">" + paragraph(null, run("A footnote with its source.")) + "</w:footnote></w:footnotes>")
                .part("word/_rels/document.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                        <Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
                        <Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
                        <Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
                        </Relationships>""")
                .part("[Content_Types].xml", OfficeFiles.wordContentTypes(OfficeFiles.WORD_MAIN,
                        "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>",
                        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
                        "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"))
                .zip();

        DocumentSummary document = projects.aProject().withTargets("ru")
                .withDocument(new TestProjects.Article("memo.docx", word)).document();

        List<ArticleSegment> segments = documents.article(document.id(), 1, document.segmentCount());
        Map<String, String> contextOf = new LinkedHashMap<>();
        segments.forEach(segment -> contextOf.put(segment.source().plainText(), String.valueOf(segment.context())));
        assertThat(document.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(contextOf).containsEntry("Visible sentence of the body.", "null")
                .containsEntry("UNESCO press office", "Header")
                .containsEntry("Page footer text", "Footer")
                .containsEntry("A footnote with its source.", "Footnotes")
                .containsEntry("Text in a box beside the article.", "null");
        assertThat(contextOf.keySet()).noneMatch(text -> text.contains("Hidden remark"));
    }

    @Test
    void macros_are_neither_run_nor_lost_and_a_document_without_them_gets_none() throws IOException {
        byte[] vba = "Attribute VB_Name = \"NotRun\"\r\nSub AutoOpen()\r\nEnd Sub".getBytes(StandardCharsets.UTF_8);
        byte[] docm = OfficeFiles.docx(SampleDocuments.body())
                .part("word/vbaProject.bin", vba)
                .part("[Content_Types].xml", OfficeFiles.wordContentTypes(OfficeFiles.WORD_MACRO_MAIN,
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"))
                .zip();
        TestProjects.Created withMacros = projects.aProject().withTargets("ru")
                .withDocument(new TestProjects.Article("with-macros.docm", docm));
        projects.confirmedBy(withMacros, "admin", "ru", "Работая вместе ради природы");

        TranslatedFile file = translated.translated(withMacros.document().id(), "ru", MinState.TRANSLATED);

        Map<String, byte[]> parts = OfficeFiles.entries(file.content());
        assertThat(file.fileName()).isEqualTo("with-macros.ru.docm");
        assertThat(parts.get("word/vbaProject.bin")).isEqualTo(vba);
        assertThat(new String(parts.get("word/document.xml"), StandardCharsets.UTF_8)).contains("Работая вместе ради природы");
        TestProjects.Created plain = projects.aProject().withTargets("ru")
                .withDocument(new TestProjects.Article("plain.docx", SampleDocuments.pressReleaseDocx()));
        assertThat(OfficeFiles.entries(translated.translated(plain.document().id(), "ru", MinState.TRANSLATED).content()).keySet())
                .noneMatch(name -> name.contains("vba"));
    }

    @Test
    void powerpoint_and_excel_take_the_same_path_in_and_out() throws IOException {
        TestProjects.Created slides = projects.aProject().withTargets("ru")
                .withDocument(new TestProjects.Article("slides.pptx", SampleDocuments.pressReleasePptx()));
        assertThat(slides.document().format()).isEqualTo(SourceFormat.PPTX);
        assertThat(documents.article(slides.document().id(), 1, 9)).extracting(ArticleSegment::context)
                .contains("Slide 1", "Slide 2");
        projects.confirmedBy(slides, "admin", "ru", "Работая вместе ради природы");
        String slide = new String(OfficeFiles.entries(translated.translated(slides.document().id(), "ru", MinState.TRANSLATED).content())
                .get("ppt/slides/slide1.xml"), StandardCharsets.UTF_8);
        // Okapi's writer folds run properties into the paragraph's and drops their language: none says English any more.
        assertThat(slide).contains(">Работая вместе ради природы<", "b=\"1\"").doesNotContain("lang=\"en-US\"");

        TestProjects.Created figures = projects.aProject().withTargets("kk")
                .withDocument(new TestProjects.Article("figures.xlsx", SampleDocuments.figuresXlsx()));
        assertThat(figures.document().format()).isEqualTo(SourceFormat.XLSX);
        projects.confirmedBy(figures, "admin", "kk", "Қатысушы елдер");
        TranslatedFile workbook = translated.translated(figures.document().id(), "kk", MinState.TRANSLATED);
        assertThat(workbook.fileName()).isEqualTo("figures.kk.xlsx");
        assertThat(new String(OfficeFiles.entries(workbook.content()).get("xl/sharedStrings.xml"), StandardCharsets.UTF_8))
                .contains("Қатысушы елдер", "Protected areas");
    }

    @Test
    void an_opendocument_text_comes_back_in_kazakh_with_its_language() throws IOException {
        TestProjects.Created text = projects.aProject().withTargets("kk")
                .withDocument(new TestProjects.Article("press-release.odt", SampleDocuments.pressReleaseOdt()));
        assertThat(text.document().format()).isEqualTo(SourceFormat.ODT);
        // Segment 1 is the document's title property (meta.xml comes first), segment 2 the heading.
        projects.confirmedBy(text, "admin", "kk", "Баспасөз хабарламасы", "Табиғат үшін бірге жұмыс істеу");

        TranslatedFile file = translated.translated(text.document().id(), "kk", MinState.TRANSLATED);

        Map<String, byte[]> parts = OfficeFiles.entries(file.content());
        assertThat(file.fileName()).isEqualTo("press-release.kk.odt");
        assertThat(parts.keySet()).first().isEqualTo("mimetype");
        assertThat(new String(parts.get("mimetype"), StandardCharsets.US_ASCII)).isEqualTo(OfficeFiles.ODT_MIME);
        assertThat(new String(parts.get("styles.xml"), StandardCharsets.UTF_8))
                .contains("fo:language=\"kk\" fo:country=\"KZ\"").doesNotContain("fo:language=\"en\"");
        assertThat(new String(parts.get("meta.xml"), StandardCharsets.UTF_8)).contains("<dc:language>kk-KZ</dc:language>",
                "<dc:title>Баспасөз хабарламасы</dc:title>");
        assertThat(new String(parts.get("content.xml"), StandardCharsets.UTF_8))
                .contains("Табиғат үшін бірге жұмыс істеу").contains("UNESCO office");
    }

    @Test
    void a_reader_that_runs_past_the_time_limit_is_stopped_and_the_import_refused() {
        byte[] large = SampleDocuments.largeDocx(20_000);
        ReadingTimeLimit limit = new ReadingTimeLimit(Duration.ofMillis(300));
        long started = System.nanoTime();

        assertThatThrownBy(() -> limit.read("large.docx", () -> extractor.extract(large, SourceFormat.DOCX, "en")))
                .isInstanceOf(DocumentImportException.class)
                .hasMessageContaining("took longer than the limit of 300 ms")
                .hasMessageContaining("Nothing was imported");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        // The same reader, with time, reads the file: the limit stopped it, nothing else did.
        assertThat(new ReadingTimeLimit(Duration.ofMinutes(2)).read("large.docx",
                () -> extractor.extract(large, SourceFormat.DOCX, "en")).segmentCount()).isEqualTo(40_001);
    }

    @Test
    void a_word_document_of_50000_paragraphs_imports_as_a_job_with_progress() {
        ProjectSummary project = projects.aProject().withTargets("ru").create();
        byte[] large = SampleDocuments.largeDocx(50_000);

        JobService.JobHandle<IncomingFiles.Imported> handle = uploads.submitImport(project.id(), "annual-report.docx", large,
                null, Message.of("jobs.importing", "annual-report.docx"), imported -> Message.of("imported"));
        long maxDone = 0;
        long total = 0;
        IncomingFiles.Imported imported = null;
        for (int i = 0; i < 600 && imported == null; i++) {
            imported = handle.await(Duration.ofMillis(200)).orElse(null);
            JobSnapshot snapshot = jobs.job(handle.id()).orElseThrow();
            maxDone = Math.max(maxDone, snapshot.done());
            total = Math.max(total, snapshot.total());
        }

        assertThat(imported).as("imported within two minutes").isNotNull();
        assertThat(imported.document().segmentCount()).isEqualTo(100_001);
        assertThat(total).isEqualTo(100_001);
        assertThat(maxDone).isGreaterThan(0);
        // 100,000 segments would slow every later test that scans the database (the hostile-input leak checks).
        documents.delete(imported.document().id());
    }
}
