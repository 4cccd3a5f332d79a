package org.tarjima.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.ArticleSegment;
import org.tarjima.document.BlockType;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.document.SourceFormat;
import org.tarjima.project.ProjectService;
import org.tarjima.support.TarjimaTest;

/** The demo project holds the article as text and as the Word document {@link DemoDocument} writes. */
@TarjimaTest
class DemoDocumentTest {

    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;

    @Test
    void the_word_document_in_the_repository_is_the_one_the_code_writes() throws Exception {
        assertThat(Files.readAllBytes(Path.of("src/main/resources/demo/harmony-with-nature.docx")))
                .as("regenerate it with DemoDocument.docx() after changing the class").isEqualTo(DemoDocument.docx());
    }

    @Test
    void the_demo_project_has_the_word_document_with_its_headings_list_table_and_inline_codes() {
        long project = projects.findByName(DemoProjectLoader.PROJECT_NAME).orElseThrow().id();
        List<DocumentSummary> demo = documents.documents(project);
        assertThat(demo).extracting(DocumentSummary::name).containsExactly(DemoProjectLoader.ARTICLE, DemoDocument.FILE_NAME);
        DocumentSummary word = demo.get(1);
        assertThat(word.format()).isEqualTo(SourceFormat.DOCX);

        List<ArticleSegment> segments = documents.article(word.id(), 1, word.segmentCount());
        assertThat(segments).extracting(ArticleSegment::blockType)
                .contains(BlockType.TITLE, BlockType.HEADING_2, BlockType.LIST_ITEM, BlockType.CELL, BlockType.QUOTE);
        // Bold and the link are inline codes, paired, around their words.
        assertThat(segments).anySatisfy(segment -> assertThat(codedText(segment.source()))
                .contains("{UNESCO Cluster Office in Almaty}"));
        assertThat(segments).anySatisfy(segment -> assertThat(codedText(segment.source()))
                .contains("{Coalition for Nature}"));
    }

    private static String codedText(InlineText text) {
        StringBuilder coded = new StringBuilder();
        for (InlineText.Part part : text.parts()) {
            if (part instanceof InlineText.Text t) {
                coded.append(t.value());
            } else if (part instanceof InlineText.Code code) {
                coded.append(switch (code.kind()) {
                    case OPEN -> "{";
                    case CLOSE -> "}";
                    case ISOLATED -> "#";
                });
            }
        }
        return coded.toString();
    }
}
