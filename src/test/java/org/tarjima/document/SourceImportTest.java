package org.tarjima.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.support.TestProjects.article;
import static org.tarjima.support.TestProjects.seedArticle;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.InlineText.CodeKind;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

@TarjimaTest
class SourceImportTest {

    @Autowired
    TestProjects projects;
    @Autowired
    DocumentService documents;

    @Test
    void the_seed_article_becomes_a_title_and_paragraphs_of_sentences() {
        DocumentSummary document = projects.aProject().withDocument(seedArticle()).document();

        assertThat(document.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(document.segmentCount()).isEqualTo(17);
        List<ArticleSegment> segments = documents.article(document.id(), 1, 17);
        assertThat(segments).hasSize(17);
        assertThat(segments.get(0).blockType()).isEqualTo(BlockType.TITLE);
        assertThat(segments.get(0).source().plainText()).isEqualTo("Working together to build a future in harmony with nature");
        assertThat(segments.get(1).source().plainText()).isEqualTo("4 December 2020");
        // The fourth paragraph holds two sentences: one block, two segments.
        assertThat(segments.get(3).source().plainText()).startsWith("This event brought together more than 60 participants")
                .endsWith("COVID-19 pandemic.");
        assertThat(segments.get(4).source().plainText()).startsWith("The Policy Dialogue also served");
        assertThat(segments.get(3).blockNo()).isEqualTo(segments.get(4).blockNo());
        assertThat(segments).allSatisfy(s -> assertThat(s.source().codes()).isEmpty());
        assertThat(segments).extracting(ArticleSegment::ordinal).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
        assertThat(document.wordCount()).isBetween(340, 400);
    }

    @Test
    void markdown_headings_and_lists_are_blocks_and_bold_and_links_are_codes() {
        DocumentSummary document = projects.aProject().withDocument(article("/document/press-release.md")).document();

        List<ArticleSegment> segments = documents.article(document.id(), 1, document.segmentCount());
        assertThat(segments).extracting(s -> s.source().plainText()).containsExactly(
                "UNESCO and partners meet in Almaty",
                "On 26 November 2020, the Cluster Office hosted an online dialogue.",
                "Read the full summary for details.",
                "Outcomes",
                "More than 60 participants took part.",
                "Five countries shared their plans.",
                "We need to work together at all levels.");
        assertThat(segments).extracting(ArticleSegment::blockType).containsExactly(
                BlockType.HEADING_1, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.HEADING_2,
                // Okapi's Markdown filter does not report the quote marker, so a quote reads as a paragraph.
                BlockType.LIST_ITEM, BlockType.LIST_ITEM, BlockType.PARAGRAPH);

        InlineText heading = segments.get(0).source();
        assertThat(heading.codes()).extracting(InlineText.Code::kind).containsExactly(CodeKind.OPEN, CodeKind.CLOSE);
        assertThat(heading.codes()).extracting(InlineText.Code::data).containsExactly("**", "**");
        assertThat(heading.codes().get(0).id()).isEqualTo(heading.codes().get(1).id());

        InlineText link = segments.get(2).source();
        assertThat(link.codes()).hasSize(2);
        assertThat(link.codes().get(0).type()).isEqualTo("link");
        assertThat(link.codes().get(1).data()).contains("https://en.unesco.org/news");
        // Codes sit where the markup was: "Read the [full summary] for details."
        assertThat(link.parts().get(0)).isEqualTo(new InlineText.Text("Read the "));
        assertThat(link.parts().get(2)).isEqualTo(new InlineText.Text("full summary"));
    }

    @Test
    void html_headings_paragraphs_and_list_items_keep_bold_and_links_as_codes() {
        DocumentSummary document = projects.aProject().withDocument(article("/document/press-release.html")).document();

        List<ArticleSegment> segments = documents.article(document.id(), 1, document.segmentCount());
        assertThat(document.format()).isEqualTo(SourceFormat.HTML);
        assertThat(segments).extracting(s -> s.source().plainText()).containsExactly(
                "Policy dialogue",
                "Building a resilient future",
                "The event brought together more than 60 participants.",
                "It was organised with UNECE and UNEP.",
                "Next steps",
                "Increase the number of protected areas.",
                "Develop ecotourism in the region.");
        assertThat(segments).extracting(ArticleSegment::blockType).containsExactly(BlockType.TITLE,
                BlockType.HEADING_1, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.HEADING_2,
                BlockType.LIST_ITEM, BlockType.LIST_ITEM);
        assertThat(segments.get(1).source().codes()).extracting(InlineText.Code::data).containsExactly("<b>", "</b>");
        assertThat(segments.get(2).source().codes()).extracting(InlineText.Code::type).containsExactly("strong", "strong");
        assertThat(segments.get(3).source().codes()).extracting(InlineText.Code::type).containsExactly("link", "link");
        assertThat(segments.get(6).source().codes()).extracting(InlineText.Code::type).containsExactly("em", "em");
    }

    @Test
    void an_empty_file_is_refused_and_nothing_is_created() {
        ProjectSummary project = projects.aProject().create();

        assertThatThrownBy(() -> documents.importSource(project.id(), "empty.txt", new byte[0]))
                .isInstanceOf(DocumentImportException.class).hasMessageContaining("empty");
        assertThat(documents.documents(project.id())).isEmpty();
    }

    @Test
    void text_that_is_not_utf8_is_refused_with_what_to_do() {
        ProjectSummary project = projects.aProject().create();
        byte[] windows1251 = "Привет, мир".getBytes(java.nio.charset.Charset.forName("windows-1251"));

        assertThatThrownBy(() -> documents.importSource(project.id(), "cyrillic.txt", windows1251))
                .isInstanceOf(DocumentImportException.class).hasMessageContaining("UTF-8");
        assertThat(documents.documents(project.id())).isEmpty();
    }

    @Test
    void a_file_without_any_words_is_refused() {
        ProjectSummary project = projects.aProject().create();

        assertThatThrownBy(() -> documents.importSource(project.id(), "blank.md", "\n\n---\n\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentImportException.class).hasMessageContaining("no text");
        assertThat(documents.documents(project.id())).isEmpty();
    }

    @Test
    void xml_that_is_not_an_article_is_refused() {
        ProjectSummary project = projects.aProject().create();

        assertThatThrownBy(() -> documents.importSource(project.id(), "data", "<?xml version='1.0'?><x/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentImportException.class).hasMessageContaining("not an article");
    }
}
