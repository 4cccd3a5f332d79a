package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.interchange.xliff.CheckedXliff;
import org.tarjima.interchange.xliff.XliffHeader;
import org.tarjima.interchange.xliff.XliffPrecheck;
import org.tarjima.interchange.xliff.XliffReader;
import org.tarjima.interchange.XliffSource;
import org.tarjima.interchange.xliff.XliffTextUnit;
import org.tarjima.translation.TargetState;

/**
 * Every XML reader in the code base, each fed the attacks directly (past the precheck that normally stops them):
 * none resolves a DTD or an entity, fetches anything, or hands back the secret. The inventory test keeps the list
 * honest: a new class that creates an XML parser fails it until it gets its own test here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class XmlReadersTest {

    /** The XML parser factories and Okapi's XML readers; any class using one is an XML reader. */
    private static final Set<String> XML_PARSERS = Set.of("javax.xml.stream.XMLInputFactory",
            "javax.xml.parsers.DocumentBuilderFactory", "javax.xml.parsers.SAXParserFactory",
            "org.xml.sax.helpers.XMLReaderFactory", "javax.xml.transform.TransformerFactory",
            "javax.xml.validation.SchemaFactory", "net.sf.okapi.filters.xliff.XLIFFFilter",
            "net.sf.okapi.lib.xliff2.reader.XLIFFReader", "net.sf.okapi.filters.tmx.TmxFilter",
            "net.sf.okapi.filters.xml.XMLFilter", "net.sf.okapi.filters.its.ITSFilter",
            "net.sf.okapi.filters.openxml.OpenXMLFilter", "net.sf.okapi.filters.openoffice.OpenOfficeFilter");
    /** The readers this class tests, one test each. */
    /**
     * Every XML reader of the code base. The XLIFF ones are attacked here; the TBX reader's external-entity test is
     * GlossaryFilesTest.a_tbx_with_an_external_entity_is_refused_and_no_file_is_read, the TMX readers' is
     * TmxTest.a_tmx_file_declaring_an_external_entity_is_refused_and_nothing_is_read.
     */
    private static final Set<String> TESTED_READERS = Set.of("org.tarjima.interchange.xliff.XliffPrecheck",
            "org.tarjima.interchange.okapi.OkapiXliff12Reader", "org.tarjima.interchange.okapi.OkapiXliff2Reader",
            "org.tarjima.glossary.io.TbxGlossaryReader", "org.tarjima.interchange.tmx.TmxPrecheck",
            "org.tarjima.interchange.okapi.OkapiTmxReader", "org.tarjima.interchange.xliff.XliffRewrite",
            "org.tarjima.interchange.okapi.ArticleFilters", "org.tarjima.interchange.okapi.OfficeBlocks");

    private static final ReliabilityReport report = new ReliabilityReport("xml-readers");
    private static LoopbackServer loopback;
    private static HostileFiles files;

    @Autowired
    List<XliffReader> readers;
    @Autowired
    org.tarjima.interchange.tmx.TmxReader tmxReader;
    @Autowired
    org.tarjima.glossary.GlossaryService glossary;
    @Autowired
    org.tarjima.document.SourceExtractor extractor;

    @BeforeAll
    static void attackerInfrastructure() throws IOException {
        loopback = LoopbackServer.start();
        files = new HostileFiles(Files.createTempDirectory(Path.of("target"), "xml-readers-"), loopback);
    }

    @AfterAll
    static void writeResults() {
        loopback.close();
        report.figure("readers", new TreeSet<>(TESTED_READERS));
        report.figure("loopbackHits", loopback.hits());
        report.write();
    }

    @Test
    void every_class_that_creates_an_xml_parser_is_one_of_the_readers_tested_here() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tarjima");
        Set<String> readersFound = new TreeSet<>();
        for (JavaClass type : main) {
            boolean parses = type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> XML_PARSERS.contains(d.getTargetClass().getName()));
            if (parses) {
                readersFound.add(type.getName().replaceFirst("\\$.*", ""));
            }
        }
        assertThat(readersFound).as("classes using an XML parser; each needs a test below").isEqualTo(TESTED_READERS);
    }

    @Test
    void the_precheck_parser_resolves_no_dtd_and_no_entity() {
        for (HostileFiles.Hostile file : dtdAttacks()) {
            String seen = readWithSecureFactory(file.content());
            long leaked = Leaks.inText(seen, HostileFiles.forbiddenTexts()) + loopback.hits();
            assertThat(leaked).as(file.name()).isZero();
            report.addCase("XliffPrecheck.secureFactory / " + file.name(), "no DTD or entity resolved", 0, leaked);
        }
    }

    /**
     * The copy the readers get of a file that needs one (CheckedXliff): every attack is refused or copied without
     * resolving anything, and no copy keeps a reference to another resource for Okapi to follow.
     */
    @Test
    void the_rewritten_copy_resolves_nothing_and_keeps_no_reference_to_another_resource() {
        List<HostileFiles.Hostile> attacks = files.xliff("ru");
        assertThat(attacks).as("the attacks").hasSizeGreaterThan(40);
        for (HostileFiles.Hostile file : attacks) {
            String outcome;
            String text;
            try (CheckedXliff checked = CheckedXliff.of(XliffSource.of(file.content()))) {
                text = new String(checked.content().readAll(), java.nio.charset.StandardCharsets.UTF_8);
                outcome = checked.rewritten() ? "rewritten" : "read as uploaded";
                if (file.name().contains("-its-")) {
                    assertThat(checked.rewritten()).as(file.name()).isTrue();
                    assertThat(text).as(file.name()).doesNotContain("Ref=", "xlink:href");
                }
            } catch (RuntimeException e) {
                text = messages(e);
                outcome = "refused: " + e.getClass().getSimpleName();
            }
            long leaked = Leaks.inText(text, HostileFiles.forbiddenTexts()) + loopback.hits();
            assertThat(leaked).as("XliffRewrite on " + file.name() + ": " + text).isZero();
            report.addCase("XliffRewrite (CheckedXliff) / " + file.name(), outcome, 0, leaked);
        }
    }

    /** TMX and TBX files name their DTDs and may carry stylesheet instructions: accepted, and nothing is fetched. */
    @Test
    @org.springframework.security.test.context.support.WithUserDetails(value = "admin",
            setupBefore = org.springframework.security.test.context.support.TestExecutionEvent.TEST_METHOD)
    void tmx_and_tbx_files_naming_remote_dtds_and_stylesheets_fetch_nothing() {
        String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\""
                + loopback.url("/style.xsl") + "\"?>\n";
        byte[] tmx = (prolog + "<!DOCTYPE tmx SYSTEM \"" + loopback.url("/tmx14.dtd") + "\">\n<tmx version=\"1.4\">"
                + "<header creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\""
                + " srclang=\"en\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"en\"><seg>Clean river.</seg></tuv>"
                + "<tuv xml:lang=\"kk\"><seg>Таза өзен.</seg></tuv></tu></body></tmx>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.tarjima.interchange.tmx.TmxPrecheck.TmxHeader header = org.tarjima.interchange.tmx.TmxPrecheck.check(XliffSource.of(tmx));
        List<org.tarjima.interchange.tmx.TmxUnit> units = new ArrayList<>();
        tmxReader.read(XliffSource.of(tmx), header.encoding(), "en", "kk", units::add);
        assertThat(units).hasSize(1);
        byte[] tbx = (prolog + "<!DOCTYPE tbx SYSTEM \"" + loopback.url("/TBXcoreStructV03.dtd") + "\">\n"
                + "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\"><text><body>"
                + "<conceptEntry id=\"c1\"><langSec xml:lang=\"en\"><termSec><term>river</term></termSec></langSec>"
                + "<langSec xml:lang=\"kk\"><termSec><term>өзен</term></termSec></langSec></conceptEntry>"
                + "</body></text></tbx>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String outcome;
        try {
            outcome = "imported " + glossary.importFile(org.tarjima.glossary.GlossaryScope.GLOBAL, "remote-dtd.tbx", tbx);
        } catch (RuntimeException e) {
            outcome = "refused: " + e.getMessage();
        }
        assertThat(loopback.hits()).as("TMX and TBX: " + outcome).isZero();
        assertThat(outcome).as("a DOCTYPE that only names a DTD is harmless").startsWith("imported");
        report.addCase("TmxPrecheck + OkapiTmxReader / remote DTD and stylesheet", "read, nothing fetched", 0, loopback.hits());
        report.addCase("TbxGlossaryReader / remote DTD and stylesheet", outcome, 0, loopback.hits());
    }

    /**
     * Office documents: the package check refuses a DOCTYPE in any part before a reader runs (HostileInputTest); here
     * the readers behind it (Okapi's OpenXML and OpenDocument filters, and the Word body's own StAX pass in
     * OfficeBlocks) get the DOCTYPE attacks directly, and must resolve nothing either.
     */
    @Test
    void office_readers_resolve_no_dtd_and_no_entity_even_without_the_package_check() {
        for (HostileFiles.Hostile file : files.officeDocuments()) {
            if (!file.name().contains("doctype") && !file.name().contains("laughs")) {
                continue;
            }
            org.tarjima.document.SourceFormat format = file.fileName().endsWith(".odt")
                    ? org.tarjima.document.SourceFormat.ODT : org.tarjima.document.SourceFormat.DOCX;
            String outcome;
            String text;
            try {
                text = extractor.extract(file.content(), format, "en").toString();
                outcome = "read, nothing resolved";
            } catch (RuntimeException e) {
                text = messages(e);
                outcome = "refused: " + e.getClass().getSimpleName();
            }
            long leaked = Leaks.inText(text, HostileFiles.forbiddenTexts()) + loopback.hits();
            assertThat(leaked).as(file.name() + " (" + outcome + ")").isZero();
            report.addCase("ArticleFilters/OfficeBlocks / " + file.name(), outcome, 0, leaked);
        }
    }

    @Test
    void okapis_xliff_1_2_filter_resolves_no_dtd_and_no_entity() {
        readerDefusesEveryAttack("1.2", "OkapiXliff12Reader (net.sf.okapi XLIFFFilter)");
    }

    @Test
    void okapis_xliff_2_reader_resolves_no_dtd_and_no_entity() {
        readerDefusesEveryAttack("2.0", "OkapiXliff2Reader (okapi-lib-xliff2 XLIFFReader)");
    }

    private void readerDefusesEveryAttack(String version, String readerName) {
        XliffReader reader = readers.stream().filter(r -> r.reads(version)).findFirst().orElseThrow();
        for (HostileFiles.Hostile file : dtdAttacks()) {
            if (!file.name().startsWith("xliff" + version)) {
                continue;
            }
            XliffHeader header = new XliffHeader(version, "hostile.txt", "en", "ru", null);
            String outcome;
            String text;
            try {
                List<XliffTextUnit> units = reader.readDocument(XliffSource.of(file.content()), header);
                text = units.toString();
                outcome = "read, nothing resolved";
                // The internal subset gives every trans-unit approved="yes" by default: applied only if DTDs were on.
                assertThat(units).as(readerName + " applied a DTD's attribute default in " + file.name())
                        .allSatisfy(unit -> assertThat(unit.states()).doesNotContain(TargetState.APPROVED));
            } catch (RuntimeException e) {
                text = messages(e);
                outcome = "refused: " + e.getClass().getSimpleName();
            }
            long leaked = Leaks.inText(text, HostileFiles.forbiddenTexts()) + loopback.hits();
            assertThat(leaked).as(readerName + " on " + file.name() + ": " + text).isZero();
            report.addCase(readerName + " / " + file.name(), outcome, 0, leaked);
        }
    }

    /** The attacks that need a DTD or an entity, which is what these readers are checked against. */
    private static List<HostileFiles.Hostile> dtdAttacks() {
        List<HostileFiles.Hostile> attacks = files.xliff("ru").stream().filter(f -> f.name().contains("entity") || f.name().contains("dtd")
                || f.name().contains("laughs") || f.name().contains("subset") || f.name().contains("xinclude")
                || f.name().contains("schema-location") || f.name().contains("stylesheet")).collect(Collectors.toList());
        assertThat(attacks).as("the DTD and entity attacks").hasSizeGreaterThan(20);
        return attacks;
    }

    private static String readWithSecureFactory(byte[] content) {
        StringBuilder seen = new StringBuilder();
        try {
            XMLStreamReader xml = XliffPrecheck.secureFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.DTD) {
                    seen.append(xml.getText());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    seen.append('&').append(xml.getLocalName()).append(';').append(xml.getText());
                }
            }
        } catch (XMLStreamException e) {
            seen.append(e.getMessage());
        }
        return seen.toString();
    }

    private static String messages(Throwable e) {
        List<String> all = new ArrayList<>();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            all.add(String.valueOf(cause.getMessage()));
        }
        return String.join(" / ", all);
    }
}
