package org.tarjima.interchange.okapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.common.resource.ITextUnit;
import org.tarjima.document.BlockType;
import org.tarjima.document.SourceFormat;

/**
 * What each text unit of an office document is (heading, list item, table cell…) and which part of the document it
 * comes from, so that the article pane can render the document as an article. Okapi's OpenXML filter keeps paragraph
 * styles inside its own skeleton, so a Word document's body is read once more here (StAX, no DTD) for its paragraphs'
 * styles, and each unit takes the type of the next paragraph with the same text. OpenDocument says it in the markup
 * around each unit. The types only shape the rendering: a unit nobody recognises is a paragraph.
 */
final class OfficeBlocks {

    private static final Pattern HEADING_NAME = Pattern.compile("heading\\s*(\\d)");
    private static final Pattern ODF_LEVEL = Pattern.compile("text:outline-level=\"(\\d+)\"");
    private static final Pattern NUMBERED_PART = Pattern.compile("(\\d+)\\.xml$");
    private static final int LOOKAHEAD = 200;

    private final SourceFormat format;
    private final List<Paragraph> wordParagraphs;
    private int nextParagraph;
    private int odfListDepth;
    private int odfCellDepth;

    private record Paragraph(String key, BlockType type) {
    }

    OfficeBlocks(SourceFormat format, byte[] content) {
        this.format = format;
        this.wordParagraphs = format == SourceFormat.DOCX ? wordParagraphs(content) : List.of();
    }

    /** Markup between units (an OpenDocument list or table opening or closing). */
    void skeleton(String markup) {
        if (format == SourceFormat.ODT && markup != null) {
            odfListDepth += count(markup, "<text:list-item") - count(markup, "</text:list-item>");
            odfCellDepth += count(markup, "<table:table-cell") - count(markup, "</table:table-cell>");
        }
    }

    BlockType typeOf(ITextUnit unit, String part) {
        return switch (format) {
            case DOCX -> isWordBody(part) ? wordType(unit) : BlockType.PARAGRAPH;
            case ODT -> odfType(unit);
            case XLSX -> BlockType.CELL;
            default -> BlockType.PARAGRAPH;
        };
    }

    /** The part of the document a unit comes from, as a translator names it; null for the body. */
    static String partContext(String subDocument) {
        if (subDocument == null) {
            return null;
        }
        String part = subDocument.replace('\\', '/').toLowerCase(Locale.ROOT);
        Matcher number = NUMBERED_PART.matcher(part);
        String n = number.find() ? number.group(1) : "";
        if (part.endsWith("word/document.xml") || part.endsWith("/content.xml") || part.equals("content.xml")
                || part.endsWith("sharedstrings.xml")) {
            return null;
        }
        if (part.contains("word/header")) {
            return "Header";
        }
        if (part.contains("word/footer")) {
            return "Footer";
        }
        if (part.contains("footnotes")) {
            return "Footnotes";
        }
        if (part.contains("endnotes")) {
            return "Endnotes";
        }
        if (part.contains("comments")) {
            return "Comments";
        }
        if (part.contains("docprops/") || part.endsWith("meta.xml")) {
            return "Document properties";
        }
        if (part.endsWith("styles.xml")) {
            return "Headers and footers";
        }
        if (part.contains("ppt/slides/")) {
            return "Slide " + n;
        }
        if (part.contains("ppt/notesslides/")) {
            return "Notes, slide " + n;
        }
        if (part.contains("xl/worksheets/")) {
            return "Sheet " + n;
        }
        return part.substring(part.lastIndexOf('/') + 1);
    }

    private static boolean isWordBody(String part) {
        return part != null && part.replace('\\', '/').endsWith("word/document.xml");
    }

    private BlockType wordType(ITextUnit unit) {
        String key = key(unit.getSource().getUnSegmentedContentCopy().getText());
        int end = Math.min(wordParagraphs.size(), nextParagraph + LOOKAHEAD);
        for (int i = nextParagraph; i < end; i++) {
            if (wordParagraphs.get(i).key().equals(key)) {
                nextParagraph = i + 1;
                return wordParagraphs.get(i).type();
            }
        }
        for (int i = nextParagraph; i < end; i++) {
            if (!key.isEmpty() && wordParagraphs.get(i).key().contains(key)) {
                nextParagraph = i;
                return wordParagraphs.get(i).type();
            }
        }
        return BlockType.PARAGRAPH;
    }

    private BlockType odfType(ITextUnit unit) {
        String type = unit.getType() == null ? "" : unit.getType();
        String markup = String.valueOf(unit.getSkeleton());
        if (type.equals("x-text:h")) {
            Matcher level = ODF_LEVEL.matcher(markup);
            return BlockType.heading(level.find() ? Integer.parseInt(level.group(1)) : 1);
        }
        if (type.equals("x-dc:title")) {
            return BlockType.PARAGRAPH;
        }
        if (odfCellDepth > 0) {
            return BlockType.CELL;
        }
        if (odfListDepth > 0) {
            return BlockType.LIST_ITEM;
        }
        return markup.contains("style-name=\"Title\"") ? BlockType.TITLE : BlockType.PARAGRAPH;
    }

    /** Letters and digits only: what is left of a paragraph's text whatever a reader does with spaces and codes. */
    private static String key(String text) {
        StringBuilder key = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(c -> key.appendCodePoint(Character.toLowerCase(c)));
        return key.toString();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    // ------------------------------------------------------------------ the Word body's paragraphs

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static List<Paragraph> wordParagraphs(byte[] content) {
        byte[] styles = null;
        byte[] body = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/styles.xml")) {
                    styles = zip.readAllBytes();
                } else if (entry.getName().equals("word/document.xml")) {
                    body = zip.readAllBytes();
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        if (body == null) {
            return List.of();
        }
        try {
            return paragraphs(body, styles == null ? Map.of() : styleTypes(styles));
        } catch (XMLStreamException | RuntimeException e) {
            // (Woodstox reports some errors lazily, as runtime exceptions.) Okapi reports the problem with the
            // document, if it has one; the rendering falls back to paragraphs.
            return List.of();
        }
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputStream in = new ByteArrayInputStream(xml);
        return factory.createXMLStreamReader(in);
    }

    /** Each paragraph style's block type, by its English built-in name (the same in every language of Word). */
    private static Map<String, BlockType> styleTypes(byte[] xml) throws XMLStreamException {
        Map<String, BlockType> types = new HashMap<>();
        XMLStreamReader reader = reader(xml);
        String id = null;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT || !W.equals(reader.getNamespaceURI())) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "style" -> id = reader.getAttributeValue(W, "styleId");
                case "name" -> {
                    BlockType type = typeOfStyleName(reader.getAttributeValue(W, "val"));
                    if (id != null && type != null) {
                        types.put(id, type);
                    }
                }
                case "outlineLvl" -> {
                    String level = reader.getAttributeValue(W, "val");
                    if (id != null && level != null && level.matches("[0-8]")) {
                        types.putIfAbsent(id, BlockType.heading(Integer.parseInt(level) + 1));
                    }
                }
                default -> {
                }
            }
        }
        return types;
    }

    private static BlockType typeOfStyleName(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        Matcher heading = HEADING_NAME.matcher(lower);
        if (heading.matches()) {
            return BlockType.heading(Integer.parseInt(heading.group(1)));
        }
        if (lower.equals("title")) {
            return BlockType.TITLE;
        }
        if (lower.startsWith("list")) {
            return BlockType.LIST_ITEM;
        }
        if (lower.contains("quote")) {
            return BlockType.QUOTE;
        }
        return null;
    }

    private static List<Paragraph> paragraphs(byte[] xml, Map<String, BlockType> styles) throws XMLStreamException {
        List<Paragraph> paragraphs = new ArrayList<>();
        Deque<StringBuilder> texts = new ArrayDeque<>();
        Deque<BlockType[]> types = new ArrayDeque<>();
        int cells = 0;
        XMLStreamReader reader = reader(xml);
        boolean inText = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && W.equals(reader.getNamespaceURI())) {
                switch (reader.getLocalName()) {
                    case "p" -> {
                        texts.push(new StringBuilder());
                        types.push(new BlockType[]{cells > 0 ? BlockType.CELL : BlockType.PARAGRAPH});
                    }
                    case "tc" -> cells++;
                    case "pStyle" -> {
                        BlockType styled = styles.get(reader.getAttributeValue(W, "val"));
                        if (styled != null && !types.isEmpty() && types.peek()[0] != BlockType.CELL) {
                            types.peek()[0] = styled;
                        }
                    }
                    case "numPr" -> {
                        if (!types.isEmpty() && types.peek()[0] == BlockType.PARAGRAPH) {
                            types.peek()[0] = BlockType.LIST_ITEM;
                        }
                    }
                    case "t" -> inText = true;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(reader.getNamespaceURI())) {
                switch (reader.getLocalName()) {
                    case "p" -> {
                        if (!texts.isEmpty()) {
                            String key = key(texts.pop().toString());
                            BlockType type = types.pop()[0];
                            if (!key.isEmpty()) {
                                paragraphs.add(new Paragraph(key, type));
                            }
                        }
                    }
                    case "tc" -> cells--;
                    case "t" -> inText = false;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inText && !texts.isEmpty()) {
                texts.peek().append(reader.getText());
            }
        }
        return paragraphs;
    }
}
