package org.tarjima.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The demo article as a Word document, written part by part by this class (nothing copied from elsewhere): a title,
 * the date, paragraphs with bold text and a link, a heading, a bulleted list, a table and a quotation, so that a
 * newcomer sees inline codes in the editor and the Word round trip on the first start. The same bytes every time
 * (fixed entry times), kept as {@code src/main/resources/demo/harmony-with-nature.docx} too.
 */
final class DemoDocument {

    static final String FILE_NAME = "harmony-with-nature.docx";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String LINK = "https://www.unesco.org/en/articles/working-together-build-future-harmony-nature";

    private DemoDocument() {
    }

    static byte[] docx() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="%s">\
                <Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                </Relationships>""".formatted(RELS, R));
        parts.put("docProps/core.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Working together to build a future in harmony with nature</dc:title>\
                <dc:creator>Tarjima demo</dc:creator><dc:language>en-US</dc:language></cp:coreProperties>""");
        parts.put("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="%s">\
                <Relationship Id="rIdStyles" Type="%s/styles" Target="styles.xml"/>\
                <Relationship Id="rIdNumbering" Type="%s/numbering" Target="numbering.xml"/>\
                <Relationship Id="rIdLink" Type="%s/hyperlink" Target="%s" TargetMode="External"/>\
                </Relationships>""".formatted(RELS, R, R, R, LINK));
        parts.put("word/styles.xml", styles());
        parts.put("word/numbering.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:numbering xmlns:w="%s"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\
                <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
                <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>""".formatted(W));
        parts.put("word/document.xml", document());
        return zip(parts);
    }

    private static String styles() {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:styles xmlns:w="%s">\
                <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>\
                <w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>\
                <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
                <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:qFormat/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>\
                <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr>\
                <w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="28"/></w:rPr></w:style>\
                <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
                <w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>\
                <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/>\
                <w:pPr><w:ind w:left="720" w:right="720"/></w:pPr><w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>\
                <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>\
                <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>\
                <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
                <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
                <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
                <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
                </w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
                </w:styles>""".formatted(W);
    }

    private static String document() {
        StringBuilder body = new StringBuilder();
        body.append(paragraph("Title", text("Working together to build a future in harmony with nature")));
        body.append(paragraph(null, text("4 December 2020")));
        body.append(paragraph(null, text("On 26 November 2020, ") + bold("UNESCO Cluster Office in Almaty")
                + text(" in cooperation with UNECE and UN Environment Programme (UNEP) organized an online High-Level "
                + "Policy Dialogue Building a Resilient Future in Coalition with Nature in Central Asia.")));
        body.append(paragraph(null, text("This event brought together more than 60 participants, including "
                + "decision-makers from five Central Asian countries, UN agencies and thought-leaders from the "
                + "environmental community. The Policy Dialogue also served to enhance regional cooperation.")));
        body.append(paragraph("Heading2", text("Priority areas")));
        for (String area : List.of("Ecotourism and geoparks", "Green economies", "Rational use of natural resources",
                "Low-carbon development")) {
            body.append(listItem(area));
        }
        body.append(table(List.of(
                List.of("Organisers", "UNESCO, UNECE and UNEP"),
                List.of("Participants", "More than 60"),
                List.of("Countries", "Kazakhstan, Kyrgyz Republic, Tajikistan, Turkmenistan and Uzbekistan"))));
        body.append(paragraph("Quote", text("We need to work together at all levels to build a future of life in "
                + "harmony with nature.")));
        body.append(paragraph(null, text("In March 2020, UNEP and UNESCO launched a global initiative, ")
                + link("Coalition for Nature") + text(", that aims to focus on how to reconnect to nature and live in "
                + "harmony with it.")));
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
                <w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>\
                </w:sectPr></w:body></w:document>""".formatted(W, R, body);
    }

    private static String paragraph(String style, String runs) {
        return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") + runs + "</w:p>";
    }

    private static String listItem(String item) {
        return "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                + "</w:numPr></w:pPr>" + text(item) + "</w:p>";
    }

    private static String text(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    private static String bold(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    private static String link(String text) {
        return "<w:hyperlink r:id=\"rIdLink\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">"
                + escape(text) + "</w:t></w:r></w:hyperlink>";
    }

    private static String table(List<List<String>> rows) {
        StringBuilder table = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" "
                + "w:type=\"pct\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2500\"/><w:gridCol w:w=\"6500\"/></w:tblGrid>");
        for (List<String> row : rows) {
            table.append("<w:tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = i == 0 ? bold(row.get(i)) : text(row.get(i));
                table.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(i == 0 ? 2500 : 6500).append("\" w:type=\"dxa\"/></w:tcPr>")
                        .append(paragraph(null, cell)).append("</w:tc>");
            }
            table.append("</w:tr>");
        }
        return table.append("</w:tbl>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(1_607_040_000_000L); // 4 December 2020, the article's date
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
