package org.tarjima.glossary;

import org.tarjima.glossary.io.TbxGlossaryReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjima.glossary.TermTranslation.approved;
import static org.tarjima.glossary.TermTranslation.forbidden;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tarjima.support.TarjimaTest;
import org.tarjima.support.TestProjects;

/** CSV and TBX: round trips into a fresh project, spreadsheets' own CSV, other tools' TBX, and files refused whole. */
@TarjimaTest
class GlossaryFilesTest {

    @Autowired
    GlossaryService glossary;
    @Autowired
    TestProjects projects;

    private GlossaryScope aProjectGlossary() {
        return GlossaryScope.project(projects.aProject().withTargets("ru", "kk", "uz", "uz-Cyrl").create().id());
    }

    /** A glossary with what a file has to carry: Cyrillic, ʻ, forms and stems, notes with commas, quotes and bars. */
    private GlossaryScope aFilledGlossary() {
        GlossaryScope scope = aProjectGlossary();
        glossary.create(scope, new EntryRequest("partner", List.of("partner*"),
                "Not \"companion\", and never a business partner; see also: partnership | alliance", false,
                List.of(new TermTranslation("ru", "партнёр", List.of("партнёра", "партнёры", "партнёров"), false,
                                "Мн. ч.: «партнёры»"),
                        approved("ru", "сторона"),
                        new TermTranslation("ru", "компаньон", List.of("компаньон*"), true, "деловой жаргон, | нет"),
                        approved("kk", "серіктес", "серіктес*"),
                        approved("uz", "hamkor", "hamkor*", "sherik*"),
                        approved("uz-Cyrl", "ҳамкор", "ҳамкор*")), null));
        glossary.create(scope, new EntryRequest("Uzbekistan", List.of(), "Line one\nline two", false,
                List.of(approved("ru", "Узбекистан"), approved("kk", "Өзбекстан"), approved("uz", "Oʻzbekiston"),
                        approved("uz-Cyrl", "Ўзбекистон")), null));
        glossary.create(scope, EntryRequest.of("UNESCO").markedDoNotTranslate());
        glossary.create(scope, EntryRequest.of("nature-based solution", approved("ru", "природоориентированное решение",
                "природоориентированн* решени*")).withForms("nature based solution"));
        return scope;
    }

    /** What a round trip must keep: everything but ids, versions and who/when. */
    private static List<String> content(List<GlossaryEntry> entries) {
        return entries.stream().map(e -> e.term() + " " + e.forms() + " " + e.notes() + " " + e.doNotTranslate()
                + " " + e.translations()).toList();
    }

    @Test
    void a_csv_export_imports_into_a_fresh_project_as_the_same_entries() {
        GlossaryScope original = aFilledGlossary();
        ExportedGlossary csv = glossary.export(original, GlossaryFormat.CSV);
        assertThat(csv.fileName()).endsWith(".csv");
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFen,en forms,notes,do not translate,ru,ru forms,ru notes,ru forbidden,"
                + "ru forbidden forms,ru forbidden notes,kk,kk forms,uz,uz forms,uz-Cyrl,uz-Cyrl forms\r\n");
        assertThat(text).contains("Oʻzbekiston", "Ўзбекистон", "партнёр | сторона", "\"Line one\nline two\"");

        GlossaryScope copy = aProjectGlossary();
        ImportResult result = glossary.importFile(copy, csv.fileName(), csv.content());

        assertThat(result.created()).isEqualTo(4);
        assertThat(content(glossary.entries(copy, null))).isEqualTo(content(glossary.entries(original, null)));
        // The same file again changes nothing.
        assertThat(glossary.importFile(copy, csv.fileName(), csv.content()).unchanged()).isEqualTo(4);
    }

    @Test
    void a_tbx_export_imports_into_a_fresh_project_as_the_same_entries() {
        GlossaryScope original = aFilledGlossary();
        ExportedGlossary tbx = glossary.export(original, GlossaryFormat.TBX);
        String text = new String(tbx.content(), StandardCharsets.UTF_8);
        assertThat(text).contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">",
                "<langSec xml:lang=\"uz\">", "<term>Oʻzbekiston</term>",
                "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>");

        GlossaryScope copy = aProjectGlossary();
        ImportResult result = glossary.importFile(copy, "from-another-project.tbx", tbx.content());

        assertThat(result.created()).isEqualTo(4);
        assertThat(content(glossary.entries(copy, null))).isEqualTo(content(glossary.entries(original, null)));
    }

    @Test
    void a_spreadsheets_semicolon_csv_with_a_byte_order_mark_imports() {
        GlossaryScope scope = aProjectGlossary();
        ImportResult result = glossary.importFile(scope, "terms.csv",
                TestProjects.resource("/glossary/spreadsheet-semicolon.csv"));

        assertThat(result.created()).isEqualTo(2);
        List<GlossaryEntry> entries = glossary.entries(scope, null);
        assertThat(entries).extracting(GlossaryEntry::term).containsExactly("partner", "Uzbekistan");
        assertThat(entries.get(0).notes()).isEqualTo("Not \"companion\"; a partner organisation");
        assertThat(entries.get(1).translations("uz")).extracting(TermTranslation::term).containsExactly("Oʻzbekiston");
    }

    @Test
    void another_tools_tbx_basic_file_imports_with_deprecated_terms_as_forbidden() {
        GlossaryScope scope = aProjectGlossary();
        ImportResult result = glossary.importFile(scope, "export.tbx", TestProjects.resource("/glossary/tbx-basic-v2.tbx"));

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.ignoredColumns()).containsExactly("de");
        GlossaryEntry partner = glossary.entries(scope, null).get(0);
        assertThat(partner.term()).isEqualTo("partner");
        assertThat(partner.forms()).containsExactly("partners");
        assertThat(partner.notes()).isEqualTo("An organisation that works with UNESCO.");
        assertThat(partner.translations("ru")).containsExactly(approved("ru", "партнёр"),
                new TermTranslation("ru", "компаньон", List.of(), true, "Sounds like a business partner."));
    }

    @Test
    void an_import_updates_the_files_locales_and_leaves_the_rest() {
        GlossaryScope scope = aProjectGlossary();
        glossary.create(scope, EntryRequest.of("partner", approved("ru", "сотрудник"), approved("kk", "серіктес"))
                .withNotes("kept: the file has no notes column"));
        byte[] file = "en,ru,ru forbidden,ky\npartner,партнёр,сотрудник,өнөктөш\nagency,агентство,,\n"
                .getBytes(StandardCharsets.UTF_8);

        ImportResult result = glossary.importFile(scope, "update.csv", file);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.ignoredColumns()).containsExactly("ky");
        GlossaryEntry partner = glossary.entries(scope, "partner").get(0);
        assertThat(partner.notes()).isEqualTo("kept: the file has no notes column");
        assertThat(partner.translations("ru")).containsExactly(approved("ru", "партнёр"), forbidden("ru", "сотрудник"));
        assertThat(partner.translations("kk")).containsExactly(approved("kk", "серіктес"));
        assertThat(partner.version()).isEqualTo(2);
    }

    @Test
    void a_csv_with_an_unclosed_quote_changes_nothing_and_names_its_line() {
        GlossaryScope scope = aProjectGlossary();
        glossary.create(scope, EntryRequest.of("country", approved("ru", "государство")));

        assertThatThrownBy(() -> glossary.importFile(scope, "broken.csv", TestProjects.resource("/glossary/broken-quote.csv")))
                .isInstanceOfSatisfying(GlossaryImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).startsWith("Line 4: a quoted field");
                });
        assertThat(glossary.entries(scope, null)).extracting(GlossaryEntry::term).containsExactly("country");
        assertThat(glossary.entries(scope, null).get(0).translations()).containsExactly(approved("ru", "государство"));
    }

    @Test
    void a_csv_whose_third_line_has_a_bad_form_stores_not_even_the_second() {
        GlossaryScope scope = aProjectGlossary();
        assertThatThrownBy(() -> glossary.importFile(scope, "forms.csv", TestProjects.resource("/glossary/broken-form.csv")))
                .isInstanceOfSatisfying(GlossaryImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.messageKey()).isEqualTo("glossary.error.form");
                    assertThat(e.arguments()).containsExactly("агентств*о");
                });
        assertThat(glossary.entries(scope, null)).isEmpty();
    }

    @Test
    void a_csv_with_a_term_twice_or_too_many_fields_names_the_line() {
        GlossaryScope scope = aProjectGlossary();
        byte[] twice = "en,ru\npartner,партнёр\nagency,агентство\nPartner,сторона\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> glossary.importFile(scope, "twice.csv", twice))
                .isInstanceOfSatisfying(GlossaryImportException.class, e -> assertThat(e.line()).isEqualTo(4));
        byte[] wide = "en,ru\npartner,партнёр\nsustainable development,устойчивое,развитие\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> glossary.importFile(scope, "wide.csv", wide))
                .isInstanceOfSatisfying(GlossaryImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.messageKey()).isEqualTo("glossary.import.tooManyFields");
                });
        byte[] latin1 = "en,ru\npartner,partenaire\nclé,ключ\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> glossary.importFile(scope, "latin1.csv", latin1))
                .isInstanceOfSatisfying(GlossaryImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.messageKey()).isEqualTo("glossary.import.notUtf8");
                });
        assertThat(glossary.entries(scope, null)).isEmpty();
    }

    @Test
    void a_malformed_tbx_changes_nothing_and_names_its_line() {
        GlossaryScope scope = aProjectGlossary();
        assertThatThrownBy(() -> glossary.importFile(scope, "broken.tbx", TestProjects.resource("/glossary/broken.tbx")))
                .isInstanceOfSatisfying(GlossaryImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(11);
                    assertThat(e.messageKey()).isEqualTo("glossary.import.notXml");
                });
        assertThat(glossary.entries(scope, null)).isEmpty();
    }

    @Test
    void a_tbx_with_an_external_entity_is_refused_and_no_file_is_read() throws Exception {
        Path secret = Files.createTempFile("tarjima-secret-", ".txt");
        Files.writeString(secret, "TOP-SECRET-SERVER-FILE");
        try {
            String xxe = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "%s"> ]>
                    <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
                      <text><body><conceptEntry id="c1">
                        <langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec>
                      </conceptEntry></body></text>
                    </tbx>
                    """.formatted(secret.toUri());
            GlossaryScope scope = aProjectGlossary();

            assertThatThrownBy(() -> glossary.importFile(scope, "xxe.tbx", xxe.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(GlossaryImportException.class, e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.messageKey()).isEqualTo("glossary.import.doctype");
                        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
                    });
            assertThat(glossary.entries(scope, null)).isEmpty();
            // Even without our DOCTYPE check, the parser itself would not read the file: DTD support is off.
            var xml = TbxGlossaryReader.secureFactory().createXMLStreamReader(
                    new java.io.ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)));
            StringBuilder text = new StringBuilder();
            try {
                while (xml.hasNext()) {
                    if (xml.next() == javax.xml.stream.XMLStreamConstants.CHARACTERS) {
                        text.append(xml.getText());
                    }
                }
            } catch (javax.xml.stream.XMLStreamException refused) {
                // Woodstox refuses the undeclared entity: as good as not reading it
            }
            assertThat(text.toString()).doesNotContain("TOP-SECRET");
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void the_jvms_stax_parser_is_woodstox_with_dtds_switched_off() {
        var factory = TbxGlossaryReader.secureFactory();
        assertThat(factory.getClass().getName()).startsWith("com.ctc.wstx");
        assertThat(factory.getProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(factory.getProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
    }
}
