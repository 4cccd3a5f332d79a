package org.tarjima.interchange.okapi;

import org.tarjima.base.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.text.StorableText;
import org.tarjima.document.BlockType;
import org.tarjima.document.DocumentImportException;
import org.tarjima.document.ExtractedArticle;
import org.tarjima.document.SourceExtractor;
import org.tarjima.document.SourceFormat;

/**
 * Reads articles with Okapi's HTML, Markdown, paragraph plain-text, OpenXML (Word, PowerPoint, Excel) and OpenDocument
 * filters and splits each text unit into sentences with SRX. Bold, italics, links, fields, tabs and line breaks stay
 * inline codes; hidden text and what the filters mark as not translatable stay out.
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
            throw new DocumentImportException(Message.of("refusal.tooDeep"),
                    "The file nests its structure too deeply to be read (thousands of quotes, "
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
            throw new DocumentImportException(Message.of("refusal.articleDoctype", line),
                    "The file declares a DOCTYPE with entity or element declarations (line "
                    + line + "). Articles never need one, and Tarjima refuses them so that no entity can be expanded.");
        }
    }

    private ExtractedArticle read(byte[] content, SourceFormat format, String sourceLocale) {
        ISegmenter sentences = segmenter.forLocale(sourceLocale);
        List<ExtractedArticle.Block> blocks = new ArrayList<>();
        StringBuilder skeletonSinceLastUnit = new StringBuilder();
        OfficeBlocks office = format.isOfficePackage() ? new OfficeBlocks(format, content) : null;
        UnitSplits splits = UnitSplits.recording();
        String part = null;
        try (ArticleFilters.Opened opened = ArticleFilters.open(content, format, sourceLocale, null);
             IFilter filter = ArticleFilters.filterFor(format)) {
            filter.open(opened.document());
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isStartSubDocument()) {
                    part = event.getStartSubDocument().getName();
                } else if (event.isDocumentPart() && event.getDocumentPart().getSkeleton() != null) {
                    skeletonSinceLastUnit.append(event.getDocumentPart().getSkeleton());
                } else if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    ITextUnit unit = event.getTextUnit();
                    refuseHuge(unit, blocks.size() + 1);
                    if (office != null) {
                        office.skeleton(skeletonSinceLastUnit.toString());
                    }
                    List<InlineText> segments = UnitSegments.kept(unit, sentences, splits).stream()
                            .map(UnitSegments.Kept::text).toList();
                    if (!segments.isEmpty()) {
                        BlockType type = office != null ? office.typeOf(unit, part)
                                : blockType(format, unit, skeletonSinceLastUnit.toString(), blocks.isEmpty(), segments);
                        blocks.add(new ExtractedArticle.Block(type, segments, List.of(),
                                office != null ? OfficeBlocks.partContext(part) : null));
                    }
                    skeletonSinceLastUnit.setLength(0);
                    if (office != null && unit.getSkeleton() != null) {
                        office.skeleton(unit.getSkeleton().toString());
                    }
                }
                if (Thread.currentThread().isInterrupted()) {
                    // The reading time limit was reached: stop here, whatever the filter would do next.
                    throw new DocumentImportException(Message.of("refusal.interrupted"),
                            "Reading the file was stopped.");
                }
            }
        } catch (OkapiException e) {
            throw new DocumentImportException(Message.of("refusal.unreadable", String.valueOf(e.getMessage())),
                    "The file could not be read as " + describe(format) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof DocumentImportException) {
                throw e;
            }
            // Okapi's office filters throw plain runtime exceptions on content they did not expect.
            throw new DocumentImportException(Message.of("refusal.unreadable",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    "The file could not be read as " + describe(format) + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        return new ExtractedArticle(blocks, splits.encoded());
    }

    private static String describe(SourceFormat format) {
        return switch (format) {
            case DOCX -> "a Word document";
            case PPTX -> "a PowerPoint presentation";
            case XLSX -> "an Excel workbook";
            case ODT -> "an OpenDocument text";
            default -> format.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Checked before sentence splitting, which on megabytes without a full stop would run for minutes. */
    private static void refuseHuge(ITextUnit unit, int paragraph) {
        int length = unit.getSource().getUnSegmentedContentCopy().getCodedText().length();
        if (length > StorableText.MAX_LENGTH) {
            throw new DocumentImportException(Message.of("refusal.paragraphTooLong", paragraph, length, StorableText.MAX_LENGTH),
                    "Paragraph " + paragraph + " of the file has " + length
                    + " characters, above the limit of " + StorableText.MAX_LENGTH + " for one segment: the file is "
                    + "probably not an article. Nothing was imported.");
        }
    }

    private static BlockType blockType(SourceFormat format, ITextUnit unit, String skeleton, boolean first,
                                       List<InlineText> segments) {
        return switch (format) {
            case HTML -> htmlBlock(unit.getType());
            case MARKDOWN -> markdownBlock(lastLine(skeleton));
            case TEXT -> first && looksLikeTitle(segments) ? BlockType.TITLE : BlockType.PARAGRAPH;
            default -> BlockType.PARAGRAPH;
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

}
