package org.tarjima.interchange.okapi;

import org.tarjima.base.i18n.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;
import net.sf.okapi.filters.openxml.ConditionalParameters;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.plaintext.paragraphs.ParaPlainTextFilter;
import org.tarjima.document.DocumentImportException;
import org.tarjima.document.SourceFormat;

/**
 * The Okapi filter for each article format and the document it reads, made the same way for reading an article and for
 * writing its translation: the segments of both walks must be the same, one for one.
 */
final class ArticleFilters {

    private ArticleFilters() {
    }

    static IFilter filterFor(SourceFormat format) {
        return switch (format) {
            case HTML -> new HtmlFilter();
            case MARKDOWN -> new MarkdownFilter();
            case TEXT -> new ParaPlainTextFilter();
            case DOCX, PPTX, XLSX -> openXml();
            case ODT -> new OpenOfficeFilter();
            case XLIFF, PROPERTIES -> throw new IllegalArgumentException(format + " is not read by sentences");
        };
    }

    /**
     * Okapi's OpenXML filter with Word's style optimisation off: on, its writer moves formatting shared by a whole
     * paragraph into paragraph styles it invents ("NF974E24F-Normal1") and empties the document defaults, so the
     * translated file's styles would differ from the original's beyond its text. Off, the runs keep their own formatting
     * and only the text changes.
     */
    private static OpenXMLFilter openXml() {
        OpenXMLFilter filter = new OpenXMLFilter();
        ConditionalParameters parameters = (ConditionalParameters) filter.getParameters();
        parameters.setAllowWordStyleOptimisation(false);
        return filter;
    }

    /**
     * An uploaded file as a document for a filter. Office packages are read from a temporary file (Okapi's zip
     * filters need one), deleted on close.
     */
    static Opened open(byte[] content, SourceFormat format, String sourceLocale, String targetLocale) {
        LocaleId source = LocaleId.fromBCP47(sourceLocale);
        LocaleId target = targetLocale == null ? LocaleId.EMPTY : LocaleId.fromBCP47(targetLocale);
        return switch (format) {
            case HTML -> new Opened(new RawDocument(new ByteArrayInputStream(content), StandardCharsets.UTF_8.name(),
                    source, target), null);
            case TEXT, MARKDOWN -> new Opened(new RawDocument(decodeUtf8(content), source, target), null);
            case DOCX, PPTX, XLSX, ODT -> {
                Path file = temporaryCopy(content, format);
                yield new Opened(new RawDocument(file.toUri(), StandardCharsets.UTF_8.name(), source, target), file);
            }
            case XLIFF, PROPERTIES -> throw new IllegalArgumentException(format + " is not read by sentences");
        };
    }

    record Opened(RawDocument document, Path temporaryFile) implements AutoCloseable {
        @Override
        public void close() {
            document.close();
            if (temporaryFile != null) {
                try {
                    Files.deleteIfExists(temporaryFile);
                } catch (IOException e) {
                    temporaryFile.toFile().deleteOnExit();
                }
            }
        }
    }

    private static Path temporaryCopy(byte[] content, SourceFormat format) {
        try {
            Path file = Files.createTempFile("tarjima-article-", "." + format.extension());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a temporary copy of the document", e);
        }
    }

    /** Whether the file starts with a UTF-8 byte order mark (which the filters never see, and the output keeps). */
    static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    /** Text and Markdown must be UTF-8 (a BOM is allowed); anything else is refused, not guessed. */
    static String decodeUtf8(byte[] content) {
        int offset = hasUtf8Bom(content) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DocumentImportException(Message.of("refusal.notUtf8"),
                    "The file is not UTF-8 text. Save it as UTF-8 and upload it again.", e);
        }
    }
}
