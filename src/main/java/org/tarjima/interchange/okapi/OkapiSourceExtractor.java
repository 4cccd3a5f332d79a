package org.tarjima.interchange.okapi;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.plaintext.paragraphs.ParaPlainTextFilter;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.StorableText;
import org.tarjima.document.BlockType;
import org.tarjima.document.DocumentImportException;
import org.tarjima.document.ExtractedArticle;
import org.tarjima.document.SourceExtractor;
import org.tarjima.document.SourceFormat;

/**
 * Reads articles with Okapi's HTML, Markdown and paragraph plain-text filters and splits each text unit
 * into sentences with SRX. Bold, italics and links stay inline codes.
 */
@Component
class OkapiSourceExtractor implements SourceExtractor {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(#{1,6})\\s*$");
    private static final Pattern MARKDOWN_LIST = Pattern.compile("([-*+]|\\d+[.)])\\s*$");
    private static final Pattern MARKDOWN_QUOTE = Pattern.compile(">\\s*$");
    private static final Pattern HTML_HEADING = Pattern.compile("h([1-6])");
    private static final Pattern INTERNAL_SUBSET = Pattern.compile("<!DOCTYPE[^>\\[]*\\[", Pattern.CASE_INSENSITIVE);
    /** A first paragraph this short, on one line and without a full stop, is the article's title. */
    private static final int TITLE_MAX_LENGTH = 200;

    private final SrxSentenceSegmenter segmenter;
    private final OkapiPropertiesReader bundles;

    OkapiSourceExtractor(SrxSentenceSegmenter segmenter, OkapiPropertiesReader bundles) {
        this.segmenter = segmenter;
        this.bundles = bundles;
    }

    @Override
    public ExtractedArticle extract(byte[] content, SourceFormat format, String sourceLocale) {
        if (format == SourceFormat.PROPERTIES) {
            // One segment per key, never split into sentences: an ICU message is translated whole.
            return bundles.article(content, sourceLocale);
        }
        if (format == SourceFormat.HTML || format == SourceFormat.MARKDOWN) {
            refuseInternalSubset(content);
        }
        try {
            return read(content, format, sourceLocale);
        } catch (StackOverflowError e) {
            // Okapi's Markdown parser (flexmark) descends recursively: thousands of quotes or list levels inside each
            // other exhaust the request thread's stack. The thread survives; the file is refused like any unreadable one.
            throw new DocumentImportException("The file nests its structure too deeply to be read (thousands of quotes, "
                    + "lists or elements inside each other). Nothing was imported.");
        }
    }

    /**
     * Articles never need a DTD: a DOCTYPE with an internal subset (entity or element declarations) is refused, as in
     * XLIFF, so that no entity is ever expanded, whatever a filter would do with it.
     */
    private static void refuseInternalSubset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        Matcher doctype = INTERNAL_SUBSET.matcher(head);
        if (doctype.find()) {
            int line = (int) head.substring(0, doctype.start()).chars().filter(c -> c == '\n').count() + 1;
            throw new DocumentImportException("The file declares a DOCTYPE with entity or element declarations (line "
                    + line + "). Articles never need one, and Tarjima refuses them so that no entity can be expanded.");
        }
    }

    private ExtractedArticle read(byte[] content, SourceFormat format, String sourceLocale) {
        LocaleId locale = LocaleId.fromBCP47(sourceLocale);
        RawDocument raw = switch (format) {
            case HTML -> new RawDocument(new ByteArrayInputStream(content), StandardCharsets.UTF_8.name(), locale);
            case TEXT, MARKDOWN -> new RawDocument(decodeUtf8(content), locale);
            case XLIFF, PROPERTIES -> throw new IllegalArgumentException(format + " is not read by sentences");
        };
        ISegmenter sentences = segmenter.forLocale(sourceLocale);
        List<ExtractedArticle.Block> blocks = new ArrayList<>();
        StringBuilder skeletonSinceLastUnit = new StringBuilder();
        try (IFilter filter = filterFor(format)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isDocumentPart() && event.getDocumentPart().getSkeleton() != null) {
                    skeletonSinceLastUnit.append(event.getDocumentPart().getSkeleton());
                } else if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    ITextUnit unit = event.getTextUnit();
                    refuseHuge(unit, blocks.size() + 1);
                    List<InlineText> segments = segment(unit.getSource(), sentences);
                    if (!segments.isEmpty()) {
                        BlockType type = blockType(format, unit, skeletonSinceLastUnit.toString(), blocks.isEmpty(), segments);
                        blocks.add(new ExtractedArticle.Block(type, segments));
                    }
                    skeletonSinceLastUnit.setLength(0);
                }
            }
        } catch (OkapiException e) {
            throw new DocumentImportException("The file could not be read as " + format.name().toLowerCase()
                    + ": " + e.getMessage(), e);
        }
        return new ExtractedArticle(blocks);
    }

    /** Checked before sentence splitting, which on megabytes without a full stop would run for minutes. */
    private static void refuseHuge(ITextUnit unit, int paragraph) {
        int length = unit.getSource().getUnSegmentedContentCopy().getCodedText().length();
        if (length > StorableText.MAX_LENGTH) {
            throw new DocumentImportException("Paragraph " + paragraph + " of the file has " + length
                    + " characters, above the limit of " + StorableText.MAX_LENGTH + " for one segment: the file is "
                    + "probably not an article. Nothing was imported.");
        }
    }

    private static IFilter filterFor(SourceFormat format) {
        return switch (format) {
            case HTML -> new HtmlFilter();
            case MARKDOWN -> new MarkdownFilter();
            case TEXT -> new ParaPlainTextFilter();
            case XLIFF, PROPERTIES -> throw new IllegalArgumentException(format + " is not read by sentences");
        };
    }

    private static List<InlineText> segment(TextContainer source, ISegmenter sentences) {
        sentences.computeSegments(source);
        source.getSegments().create(sentences.getRanges());
        List<InlineText> result = new ArrayList<>();
        for (Segment segment : source.getSegments()) {
            InlineText text = OkapiFragments.toInlineText(segment.getContent());
            if (hasWords(text)) {
                result.add(text);
            }
        }
        return result;
    }

    private static boolean hasWords(InlineText text) {
        return text.plainText().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static BlockType blockType(SourceFormat format, ITextUnit unit, String skeleton, boolean first,
                                       List<InlineText> segments) {
        return switch (format) {
            case HTML -> htmlBlock(unit.getType());
            case MARKDOWN -> markdownBlock(lastLine(skeleton));
            case TEXT -> first && looksLikeTitle(segments) ? BlockType.TITLE : BlockType.PARAGRAPH;
            case XLIFF, PROPERTIES -> BlockType.PARAGRAPH;
        };
    }

    private static BlockType htmlBlock(String type) {
        if (type == null) {
            return BlockType.PARAGRAPH;
        }
        Matcher heading = HTML_HEADING.matcher(type);
        if (heading.matches()) {
            return BlockType.heading(Integer.parseInt(heading.group(1)));
        }
        return switch (type) {
            case "title" -> BlockType.TITLE;
            case "li", "dt", "dd" -> BlockType.LIST_ITEM;
            case "blockquote" -> BlockType.QUOTE;
            case "td", "th" -> BlockType.CELL;
            default -> BlockType.PARAGRAPH;
        };
    }

    private static BlockType markdownBlock(String prefix) {
        Matcher heading = MARKDOWN_HEADING.matcher(prefix.strip());
        if (heading.matches()) {
            return BlockType.heading(heading.group(1).length());
        }
        if (MARKDOWN_LIST.matcher(prefix.strip()).matches()) {
            return BlockType.LIST_ITEM;
        }
        if (MARKDOWN_QUOTE.matcher(prefix.strip()).matches()) {
            return BlockType.QUOTE;
        }
        return BlockType.PARAGRAPH;
    }

    private static String lastLine(String skeleton) {
        int newline = skeleton.lastIndexOf('\n');
        return newline < 0 ? skeleton : skeleton.substring(newline + 1);
    }

    private static boolean looksLikeTitle(List<InlineText> segments) {
        if (segments.size() != 1) {
            return false;
        }
        String text = segments.get(0).plainText().strip();
        return text.length() <= TITLE_MAX_LENGTH && !text.contains("\n") && !text.matches(".*[.!?:;]$");
    }

    /** Text and Markdown must be UTF-8 (a BOM is allowed); anything else is refused, not guessed. */
    private static String decodeUtf8(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DocumentImportException("The file is not UTF-8 text. Save it as UTF-8 and upload it again.", e);
        }
    }
}
