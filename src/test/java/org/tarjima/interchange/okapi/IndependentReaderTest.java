package org.tarjima.interchange.okapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.SourceFormat;
import org.tarjima.support.SampleDocuments;

/**
 * The translated Word and OpenDocument files read by a reader that is not Okapi (pandoc, installed by .ci/run like
 * Chromium): they open, the translations are there in their places (heading, list, table), and what was not
 * translated is still the source.
 */
class IndependentReaderTest {

    private final SrxSentenceSegmenter segmenter = new SrxSentenceSegmenter();
    private final OkapiSourceExtractor extractor = new OkapiSourceExtractor(segmenter, new OkapiPropertiesReader());
    private final OkapiDocumentMerger merger = new OkapiDocumentMerger(segmenter);

    @ParameterizedTest
    @CsvSource({"DOCX, docx", "ODT, odt"})
    void pandoc_reads_the_russian_document_as_the_original_with_the_translated_text(SourceFormat format, String pandocFormat)
            throws Exception {
        byte[] original = format == SourceFormat.DOCX
                ? Files.readAllBytes(Path.of("src/main/resources/demo/harmony-with-nature.docx"))
                : SampleDocuments.pressReleaseOdt();
        Map<String, String> russian = format == SourceFormat.DOCX
                ? Map.of("Priority areas", "Приоритетные направления", "Green economies", "Зелёная экономика",
                "Organisers", "Организаторы", "More than 60", "Более 60")
                : Map.of("Working together for nature", "Работая вместе ради природы",
                "Ecotourism in the mountains", "Экотуризм в горах", "Countries", "Страны");
        org.tarjima.document.ExtractedArticle article = extractor.extract(original, format, "en");
        List<InlineText> sources = article.blocks().stream().flatMap(block -> block.segments().stream()).toList();

        byte[] translated = merger.merge(original, format, "en", "ru", sources.size(), article.segmentation(), ordinal -> {
            InlineText source = sources.get(ordinal - 1);
            return russian.containsKey(source.plainText()) ? withText(source, russian.get(source.plainText())) : null;
        });

        String expected = pandoc(original, pandocFormat);
        for (Map.Entry<String, String> translation : russian.entrySet()) {
            assertThat(expected).contains(translation.getKey());
            expected = expected.replace(translation.getKey(), translation.getValue());
        }
        // Same headings, lists, tables, bold and links; only the text of the translated segments differs.
        // (pandoc names a heading's anchor after its text.)
        assertThat(withoutAnchors(pandoc(translated, pandocFormat))).isEqualTo(withoutAnchors(expected));
    }

    private static String withoutAnchors(String html) {
        return html.replaceAll(" id=\"[^\"]*\"", "");
    }

    /** The source's codes around another text (the segments chosen have their words in one text part). */
    private static InlineText withText(InlineText source, String text) {
        List<InlineText.Part> parts = new ArrayList<>();
        for (InlineText.Part part : source.parts()) {
            parts.add(part instanceof InlineText.Text ? new InlineText.Text(text) : part);
        }
        return new InlineText(parts);
    }

    private static String pandoc(byte[] document, String format) throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "independent-", "." + format);
        try {
            Files.write(file, document);
            Process pandoc = new ProcessBuilder("pandoc", "-f", format, "-t", "html", file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(pandoc.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(pandoc.exitValue()).as(out).isZero();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
