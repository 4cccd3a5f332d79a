package org.tarjima.interchange.translated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjima.support.ApiCalls.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.support.OfficeFiles;
import org.tarjima.support.SampleDocuments;
import org.tarjima.support.SignedIn;
import org.tarjima.support.TestProjects;

/**
 * The translated document as a script downloads it: a Word press release uploaded, two segments translated, the
 * Russian Word document back with the text in Russian, its language Russian and the rest untouched; states below
 * minState keep the source and are counted; several locales or a whole project come as a zip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TranslatedDocumentsApiTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    TestRestTemplate anonymous;
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void signIn() {
        http = anonymous.withBasicAuth("admin", SignedIn.ADMIN_PASSWORD);
    }

    @Test
    void a_word_press_release_comes_back_in_russian_with_only_its_text_changed() throws Exception {
        long project = project("ru", "kk");
        long document = importFile(project, "press-release.docx", SampleDocuments.pressReleaseDocx());
        JsonNode segments = segments(document, "ru");
        int total = segments.size();
        assertThat(total).isEqualTo(11);
        translate(document, segments.get(0), "ru", "Работая вместе ради природы", "TRANSLATED");
        // The second segment has a bold run and a link: the codes go back with the translation.
        JsonNode second = segments.get(1);
        assertThat(second.get("source").asText()).contains("UNESCO Cluster Office");
        translate(document, second, "ru", "26 ноября <1>Кластерное бюро ЮНЕСКО</1> встретилось с <2>ЮНЕП</2> онлайн.", "TRANSLATED");

        ResponseEntity<byte[]> russian = http.getForEntity("/api/documents/{d}/translated?locale=ru", byte[].class, document);

        assertThat(russian.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(russian.getHeaders().getContentType().toString()).isEqualTo(DOCX);
        assertThat(russian.getHeaders().getContentDisposition().getFilename()).isEqualTo("press-release.ru.docx");
        assertThat(russian.getHeaders().getFirst("X-Tarjima-Fallback-Segments")).isEqualTo(String.valueOf(total - 2));
        Map<String, String> parts = parts(russian.getBody());
        String body = parts.get("word/document.xml");
        assertThat(body).contains(">Работая вместе ради природы<", "Кластерное бюро ЮНЕСКО", ">ЮНЕП<", "It was ", "Priority areas")
                .doesNotContain("Working together for nature", "UNESCO Cluster Office");
        // Bold stays on the bureau, the link on UNEP.
        assertThat(body).containsPattern("<w:b/></w:rPr><w:t[^>]*>Кластерное бюро ЮНЕСКО</w:t>");
        assertThat(body).containsPattern("<w:hyperlink r:id=\"rIdLink\"><w:r>.*?<w:t[^>]*>ЮНЕП</w:t>");
        assertThat(parts.get("word/styles.xml")).contains("<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"ru-RU\"/>");
        assertThat(parts.get("docProps/core.xml")).contains("<dc:language>ru-RU</dc:language>");
        // The parts the translation does not touch are those of the original.
        Map<String, String> original = parts(SampleDocuments.pressReleaseDocx());
        assertThat(parts.keySet()).containsExactlyInAnyOrderElementsOf(original.keySet());
        assertThat(parts.get("word/_rels/document.xml.rels")).isEqualTo(original.get("word/_rels/document.xml.rels"));
    }

    @Test
    void min_state_decides_what_goes_out_and_the_rest_keeps_its_source() throws Exception {
        long project = project("ru");
        long document = importFile(project, "notes.md", "# Working together\n\nFirst sentence here. Second one here.\n"
                .getBytes(StandardCharsets.UTF_8));
        JsonNode segments = segments(document, "ru");
        translate(document, segments.get(0), "ru", "Работая вместе", "TRANSLATED");
        translate(document, segments.get(1), "ru", "Первое предложение.", "DRAFT");

        assertThat(text(http.getForEntity("/api/documents/{d}/translated?locale=ru", byte[].class, document)))
                .isEqualTo("# Работая вместе\n\nFirst sentence here. Second one here.\n");
        ResponseEntity<byte[]> drafts = http.getForEntity("/api/documents/{d}/translated?locale=ru&minState=DRAFT",
                byte[].class, document);
        assertThat(text(drafts)).isEqualTo("# Работая вместе\n\nПервое предложение. Second one here.\n");
        assertThat(drafts.getHeaders().getFirst("X-Tarjima-Fallback-Segments")).isEqualTo("1");
        ResponseEntity<byte[]> approved = http.getForEntity("/api/documents/{d}/translated?locale=ru&minState=APPROVED",
                byte[].class, document);
        assertThat(text(approved)).isEqualTo("# Working together\n\nFirst sentence here. Second one here.\n");
        assertThat(approved.getHeaders().getFirst("X-Tarjima-Fallback-Segments")).isEqualTo("3");
        assertThat(approved.getHeaders().getContentDisposition().getFilename()).isEqualTo("notes.ru.md");

        ResponseEntity<String> badState = http.getForEntity("/api/documents/{d}/translated?locale=ru&minState=FINAL",
                String.class, document);
        assertThat(badState.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> badLocale = http.getForEntity("/api/documents/{d}/translated?locale=de", String.class, document);
        assertThat(badLocale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badLocale.getBody()).contains("not a target locale");
        assertThat(http.getForEntity("/api/documents/999999999/translated?locale=ru", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void without_translations_a_bundle_and_a_text_come_back_byte_for_byte() throws Exception {
        long project = project("ru");
        byte[] bundle = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("translations/messages_en.properties"));
        byte[] text = "Title\r\n\r\nFirst sentence. Second sentence.\r\n".getBytes(StandardCharsets.UTF_8);
        long bundleDocument = importFile(project, "messages_en.properties", bundle);
        long textDocument = importFile(project, "notes.txt", text);

        ResponseEntity<byte[]> sameBundle = http.getForEntity("/api/documents/{d}/translated?locale=ru", byte[].class, bundleDocument);
        assertThat(sameBundle.getBody()).isEqualTo(bundle);
        assertThat(sameBundle.getHeaders().getContentDisposition().getFilename()).isEqualTo("messages_ru.properties");
        assertThat(http.getForEntity("/api/documents/{d}/translated?locale=ru", byte[].class, textDocument).getBody())
                .isEqualTo(text);
    }

    @Test
    void a_document_that_came_as_xliff_goes_back_as_the_translated_xliff() throws Exception {
        long project = project("ru");
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="notes.txt" source-language="en" target-language="ru" datatype="plaintext"><body>
                  <trans-unit id="1"><source>Hello world.</source><target state="translated">Привет, мир.</target></trans-unit>
                  <trans-unit id="2"><source>Second sentence.</source></trans-unit>
                 </body></file>
                </xliff>""";
        long document = importFile(project, "notes.en-ru.xlf", xliff.getBytes(StandardCharsets.UTF_8));

        ResponseEntity<byte[]> translated = http.getForEntity("/api/documents/{d}/translated?locale=ru", byte[].class, document);

        assertThat(translated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(translated.getHeaders().getContentType().toString()).startsWith("application/xliff+xml");
        assertThat(translated.getHeaders().getContentDisposition().getFilename()).endsWith(".ru.xlf");
        assertThat(new String(translated.getBody(), StandardCharsets.UTF_8)).contains("Привет, мир.", "Second sentence.");
        assertThat(translated.getHeaders().getFirst("X-Tarjima-Fallback-Segments")).isEqualTo("1");
    }

    @Test
    void several_locales_or_a_whole_project_come_as_a_zip() throws Exception {
        long project = project("ru", "kk");
        long word = importFile(project, "press-release.docx", SampleDocuments.pressReleaseDocx());
        long page = importFile(project, "page.html", "<html lang=\"en\"><body><p>Hello there, world.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        translate(page, segments(page, "kk").get(0), "kk", "Сәлем, әлем.", "TRANSLATED");

        ResponseEntity<byte[]> both = http.getForEntity("/api/documents/{d}/translated?locale=ru&locale=kk", byte[].class, word);
        assertThat(both.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        assertThat(both.getHeaders().getContentDisposition().getFilename()).isEqualTo("press-release.translated.zip");
        assertThat(OfficeFiles.entries(both.getBody()).keySet()).containsExactly("ru/press-release.ru.docx", "kk/press-release.kk.docx");

        ResponseEntity<byte[]> all = http.getForEntity("/api/projects/{p}/translated?locale=kk", byte[].class, project);
        Map<String, byte[]> files = OfficeFiles.entries(all.getBody());
        assertThat(files.keySet()).containsExactlyInAnyOrder("kk/press-release.kk.docx", "kk/page.kk.html");
        assertThat(new String(files.get("kk/page.kk.html"), StandardCharsets.UTF_8))
                .isEqualTo("<html lang=\"kk\"><body><p>Сәлем, әлем.</p></body></html>");
        assertThat(all.getHeaders().getFirst("X-Tarjima-Fallback-Segments")).isEqualTo(String.valueOf(11));
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_not_the_web_page() throws Exception {
        ResponseEntity<String> unknown = http.getForEntity("/api/no-such-thing/42", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(unknown.getBody()).get("detail").asText()).contains("GET /api/no-such-thing/42");
        ResponseEntity<String> typo = http.postForEntity("/api/projectz", Map.of(), String.class);
        assertThat(typo.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // A known path with another method is still Spring's 405; the OpenAPI pages still answer.
        ResponseEntity<String> wrongMethod = http.exchange("/api/projects/1/translated", HttpMethod.DELETE, null, String.class);
        assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(http.getForEntity("/api/docs", String.class).getBody()).contains("/api/documents/{documentId}/translated");
        assertThat(http.getForEntity("/api/docs/ui", String.class).getStatusCode().is2xxSuccessful()
                || http.getForEntity("/api/docs/ui", String.class).getStatusCode().is3xxRedirection()).isTrue();
        // The web pages are still Vaadin's.
        assertThat(http.getForEntity("/projects", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    // ------------------------------------------------------------------ helpers

    private long project(String... locales) throws Exception {
        ResponseEntity<String> created = http.postForEntity("/api/projects", Map.of("name", "Translated " + UUID.randomUUID(),
                "sourceLocale", "en", "targetLocales", List.of(locales)), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("id").asLong();
    }

    private long importFile(long project, String name, byte[] content) throws Exception {
        ResponseEntity<String> imported = http.postForEntity("/api/projects/{p}/documents", upload(name, content),
                String.class, project);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(imported.getBody()).get("id").asLong();
    }

    private JsonNode segments(long document, String locale) throws Exception {
        return json.readTree(http.getForEntity("/api/documents/{d}/segments?locale={l}&limit=500", String.class, document,
                locale).getBody());
    }

    private void translate(long document, JsonNode segment, String locale, String text, String state) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> saved = http.exchange("/api/documents/{d}/segments/{s}/targets/{l}", HttpMethod.PUT,
                new HttpEntity<>(Map.of("text", text, "state", state, "version", segment.get("version").asInt()),
                        headers), String.class, document, segment.get("id").asLong(), locale);
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static Map<String, String> parts(byte[] zip) {
        Map<String, String> parts = new LinkedHashMap<>();
        OfficeFiles.entries(zip).forEach((name, content) -> parts.put(name, new String(content, StandardCharsets.UTF_8)));
        return parts;
    }

    private static String text(ResponseEntity<byte[]> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }
}
