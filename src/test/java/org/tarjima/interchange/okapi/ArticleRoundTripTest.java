package org.tarjima.interchange.okapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.BlockType;
import org.tarjima.document.ExtractedArticle;
import org.tarjima.document.SourceFormat;
import org.tarjima.support.SampleDocuments;

/**
 * Every article format through Okapi and back, without the database: read → write with no translation → read again
 * gives the same segments and codes (and for text formats the same bytes); read → pseudo-translate every segment →
 * write → read again finds every translation in order with its codes where they were.
 */
class ArticleRoundTripTest {

    private final SrxSentenceSegmenter segmenter = new SrxSentenceSegmenter();
    private final OkapiSourceExtractor extractor = new OkapiSourceExtractor(segmenter, new OkapiPropertiesReader());
    private final OkapiDocumentMerger merger = new OkapiDocumentMerger(segmenter);

    static Stream<Arguments> documents() throws IOException {
        return Stream.of(
                Arguments.of("press-release.docx", SourceFormat.DOCX, wordDocument()),
                Arguments.of("press-release.odt", SourceFormat.ODT, openDocument()),
                Arguments.of("public: bounddoc-fixture.docx (Word, numbering, headers, footers, fields)", SourceFormat.DOCX,
                        publicDocument("bounddoc-fixture")),
                Arguments.of("slides.pptx", SourceFormat.PPTX, SampleDocuments.pressReleasePptx()),
                Arguments.of("figures.xlsx", SourceFormat.XLSX, SampleDocuments.figuresXlsx()),
                Arguments.of("press-release.html", SourceFormat.HTML, resource("/document/press-release.html")),
                Arguments.of("press-release.md", SourceFormat.MARKDOWN, resource("/document/press-release.md")),
                Arguments.of("press-release.txt", SourceFormat.TEXT, ("Working together\n\nOn 26 November the "
                        + "office met UNEP. It was a good day.\n\nSecond paragraph, with\na line break.\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("windows.txt", SourceFormat.TEXT, ("Working together\r\n\r\nOn 26 November the "
                        + "office met UNEP. It was a good day.\r\n\r\nThe end.\r\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bom.txt", SourceFormat.TEXT, ("\uFEFFA text with a byte order mark. Two sentences.\n")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] wordDocument() {
        return SampleDocuments.pressReleaseDocx();
    }

    /**
     * A public document whose parts are kept unpacked under src/test/resources/document/public/ (SOURCES.tsv says
     * where it comes from), zipped as Word would: [Content_Types].xml first.
     */
    static byte[] publicDocument(String name) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("src/test/resources/document/public", name);
        org.tarjima.support.OfficeFiles files = new org.tarjima.support.OfficeFiles();
        files.part("[Content_Types].xml", java.nio.file.Files.readAllBytes(folder.resolve("[Content_Types].xml")));
        try (java.util.stream.Stream<java.nio.file.Path> parts = java.nio.file.Files.walk(folder)) {
            for (java.nio.file.Path part : parts.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                String partName = folder.relativize(part).toString().replace('\\', '/');
                if (!partName.equals("[Content_Types].xml")) {
                    files.part(partName, java.nio.file.Files.readAllBytes(part));
                }
            }
        }
        return files.zip();
    }

    static byte[] openDocument() {
        return SampleDocuments.pressReleaseOdt();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void withoutTranslationsTheDocumentReadsTheSame(String name, SourceFormat format, byte[] original) {
        ExtractedArticle article = extractor.extract(original, format, "en");
        byte[] written = merger.merge(original, format, "en", "ru", article.segmentCount(), article.segmentation(),
                ordinal -> null);

        assertThat(segments(extractor.extract(written, format, "en"))).isEqualTo(segments(article));
        if (format == SourceFormat.TEXT || format == SourceFormat.MARKDOWN) {
            assertThat(written).isEqualTo(original);
        }
        if (format == SourceFormat.HTML) {
            // The page's language becomes the target's; Okapi writes the charset's name in capitals. Nothing else changes.
            assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(original, StandardCharsets.UTF_8)
                    .replace("<html lang=\"en\">", "<html lang=\"ru\">").replace("charset=\"utf-8\"", "charset=\"UTF-8\""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pseudoTranslationComesBackInOrderWithItsCodes(String name, SourceFormat format, byte[] original) {
        ExtractedArticle article = extractor.extract(original, format, "en");
        List<InlineText> sources = segments(article);
        List<InlineText> pseudo = sources.stream().map(source -> pseudo(source, format)).toList();

        byte[] written = merger.merge(original, format, "en", "ru", sources.size(), article.segmentation(),
                ordinal -> pseudo.get(ordinal - 1));
        // Splitting the units again with SRX (documents imported before the ranges were stored) writes the same text.
        byte[] resegmented = merger.merge(original, format, "en", "ru", sources.size(), null, ordinal -> pseudo.get(ordinal - 1));
        assertThat(segments(extractor.extract(resegmented, format, "ru")))
                .isEqualTo(segments(extractor.extract(written, format, "ru")));

        // Read again, a block's sentences may split differently ("[ru] It" starts no new sentence for SRX): compare blocks.
        ExtractedArticle found = extractor.extract(written, format, "ru");
        List<ExtractedArticle.Block> expected = pseudoBlocks(article, format);
        assertThat(found.blocks()).extracting(ArticleRoundTripTest::text)
                .isEqualTo(expected.stream().map(ArticleRoundTripTest::text).toList());
        assertThat(found.blocks()).extracting(ArticleRoundTripTest::codes)
                .isEqualTo(article.blocks().stream().map(ArticleRoundTripTest::codes).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void officeDocumentsAreReadAsArticles(String name, SourceFormat format, byte[] original) {
        ExtractedArticle article = extractor.extract(original, format, "en");
        if (name.equals("press-release.docx")) {
            assertThat(article.blocks()).extracting(ExtractedArticle.Block::type).startsWith(BlockType.TITLE,
                    BlockType.PARAGRAPH, BlockType.HEADING_1, BlockType.LIST_ITEM, BlockType.CELL, BlockType.CELL);
        }
        if (name.startsWith("public:")) {
            // Word's numbered paragraphs are list items, whatever their style is called.
            assertThat(article.blocks()).extracting(ExtractedArticle.Block::type).contains(BlockType.LIST_ITEM);
        }
        if (format == SourceFormat.ODT) {
            // The document's title property comes first, as Okapi reports it (meta.xml is read before content.xml).
            assertThat(article.blocks()).extracting(ExtractedArticle.Block::type).containsExactly(BlockType.PARAGRAPH,
                    BlockType.HEADING_1, BlockType.PARAGRAPH, BlockType.LIST_ITEM, BlockType.CELL);
            assertThat(article.blocks().get(0).context()).isEqualTo("Document properties");
        }
        assertThat(article.segmentCount()).isGreaterThan(1);
    }

    /**
     * "[ru] " before the sentence, codes kept where they are. Markdown reads "[ru]" back as a link reference (brackets
     * as markup), which is what the written bytes mean there: it gets "(ru) ".
     */
    private static InlineText pseudo(InlineText source, SourceFormat format) {
        List<InlineText.Part> parts = new ArrayList<>();
        parts.add(new InlineText.Text(format == SourceFormat.MARKDOWN ? "(ru) " : "[ru] "));
        parts.addAll(source.parts());
        return new InlineText(parts).normalized();
    }

    private static List<ExtractedArticle.Block> pseudoBlocks(ExtractedArticle article, SourceFormat format) {
        return article.blocks().stream().map(block -> new ExtractedArticle.Block(block.type(),
                block.segments().stream().map(source -> pseudo(source, format)).toList())).toList();
    }

    /** A block's text, its sentences joined by a space (the whitespace between them is the file's own). */
    private static String text(ExtractedArticle.Block block) {
        return String.join(" ", block.segments().stream().map(InlineText::plainText).toList()).replaceAll("\\s+", " ");
    }

    private static List<String> codes(ExtractedArticle.Block block) {
        return block.segments().stream().flatMap(segment -> codes(segment).stream()).toList();
    }

    private static List<InlineText> segments(ExtractedArticle article) {
        return article.blocks().stream().flatMap(b -> b.segments().stream()).toList();
    }

    private static List<String> codes(InlineText text) {
        return text.parts().stream().filter(p -> p instanceof InlineText.Code)
                .map(p -> ((InlineText.Code) p).kind() + ":" + ((InlineText.Code) p).id()).toList();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ArticleRoundTripTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
