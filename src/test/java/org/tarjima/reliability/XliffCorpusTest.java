package org.tarjima.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tarjima.base.LocaleTag;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentImportException;
import org.tarjima.document.DocumentSummary;
import org.tarjima.interchange.xliff.ExportOptions;
import org.tarjima.interchange.xliff.ExportedFile;
import org.tarjima.interchange.xliff.ImportFinding;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.xliff.XliffExportService;
import org.tarjima.interchange.xliff.XliffHeader;
import org.tarjima.interchange.xliff.XliffImportService;
import org.tarjima.interchange.xliff.XliffPrecheck;
import org.tarjima.project.NewProject;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.support.TestUsers;
import org.tarjima.support.XliffSchemas;
import org.tarjima.translation.TranslationService;

/**
 * Every XLIFF file of the corpus in {@code src/test/resources/xliff-corpus} (the OASIS 2.0–2.2 suites, Okapi's,
 * OmegaT's, translate-toolkit's, Matecat's and Angular's test files; origins in its SOURCES.tsv) and of the shared
 * samples. A valid file imports, exports as XSD-valid XLIFF 1.2 and 2.1 and imports again with the same translatable
 * text; an invalid one is refused with a reason; none makes the API answer 5xx. The few exceptions either way are
 * named below with the reason, so that a change in them is seen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_METHOD)
class XliffCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/xliff-corpus");
    private static final Path SAMPLES = Path.of("src/test/resources/interchange");

    /**
     * Valid by their source, refused on purpose: each breaks a rule of the XLIFF specification that Tarjima relies on,
     * and the refusal says which.
     */
    private static final Map<String, String> VALID_BUT_REFUSED = Map.of(
            "angular-xliffmerge-ng-extracted-master1-xlf2.xlf", "has no id",
            "angular-xliffmerge-with-source-content-change-de-xlf2.xlf", "targetLang",
            "omegat-file-xliff-filter-smp.xlf", "has no id",
            // valid, but okapi-lib-xliff2 fails on its inline attributes (an EmptyStackException inside the reader)
            "ms-document-with-everything.xlf", "cannot be read",
            // nothing to translate: no unit, only markers, every unit translate="no"
            "oasis22-almost-empty.xlf", "no text to translate",
            "ms-nested-mrk.xlf", "no text to translate",
            "ms-valid-document.xlf", "no text to translate");

    /**
     * Invalid by their source, imported on purpose: what is wrong lies in data no reader uses (modules whose content
     * Tarjima does not read are left out before reading), or is a matter of the tool that wrote the file, not of XLIFF.
     */
    private static final Map<String, String> INVALID_BUT_IMPORTED = Map.ofEntries(
            Map.entry("angular-xliffmerge-schrott.xlf", "an Angular placeholder error; the XLIFF is well formed"),
            Map.entry("oasis22-bad-ctr-property-not-legit-category.xlf", "change tracking is not read"),
            Map.entry("oasis22-bad-fs-sub-fs-not-allowed-w-o-fs.xlf", "format style is not checked"),
            Map.entry("oasis22-bad-gls-gloss-entry-w-o-translation-or-definition.xlf", "the glossary module is not read"),
            Map.entry("oasis22-bad-mda-meta-missing-type.xlf", "metadata is not read"),
            Map.entry("oasis22-bad-mtc-type-value-not-in-list.xlf", "other tools' matches are not read"),
            Map.entry("oasis22-bad-res-source-has-content-and-href.xlf", "resource data is not read"),
            Map.entry("oasis22-bad-slr-equiv-storage-not-integer.xlf", "size restrictions are not checked"),
            Map.entry("oasis22-bad-val-invalid-occurs.xlf", "validation rules are not read"),
            Map.entry("okapi-it-fail-test-txt.xlf", "a unit id with a line break is odd, not invalid XML"),
            Map.entry("okapi-xliff2suite-bad-invalid-frag-id-unknown-prefix.xlf", "fragment identifiers are not resolved"),
            Map.entry("okapi-xliff2suite-bad-mtc-similarity-invalid.xlf", "other tools' matches are not read"));

    private static final ReliabilityReport report = new ReliabilityReport("xliff-corpus");

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    IncomingFiles incoming;
    @Autowired
    XliffExportService exports;
    @Autowired
    XliffImportService imports;
    @Autowired
    TranslationService translations;
    @Autowired
    TestUsers users;

    @AfterAll
    static void writeResults() {
        report.write();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> valid() {
        List<Path> valid = new ArrayList<>(files(CORPUS.resolve("valid")));
        files(SAMPLES).stream().filter(f -> !f.getFileName().toString().startsWith("invalid-")).forEach(valid::add);
        return valid;
    }

    private static List<Path> invalid() {
        List<Path> invalid = new ArrayList<>(files(CORPUS.resolve("invalid")));
        files(SAMPLES).stream().filter(f -> f.getFileName().toString().startsWith("invalid-")).forEach(invalid::add);
        return invalid;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the file says it translates into its own source language (en-US into en-US): no project translates so,
     * and such a file is refused with the reason whatever else it holds.
     */
    private static boolean intoItsOwnLanguage(byte[] content) {
        try {
            XliffHeader header = XliffPrecheck.check(content);
            return header.targetLocale() != null
                    && LocaleTag.canonical(header.targetLocale()).equalsIgnoreCase(LocaleTag.canonical(header.sourceLocale()));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** A project that can take the file: its source language, and its target language (or French when it has none). */
    private ProjectSummary projectFor(byte[] content) {
        String source = "en";
        String target = "fr";
        try {
            XliffHeader header = XliffPrecheck.check(content);
            source = LocaleTag.canonical(header.sourceLocale());
            if (header.targetLocale() != null && !LocaleTag.canonical(header.targetLocale()).equalsIgnoreCase(source)) {
                target = LocaleTag.canonical(header.targetLocale());
            }
        } catch (RuntimeException unreadable) {
            // refused later, with the reason
        }
        return projects.create(new NewProject("Corpus " + UUID.randomUUID(), source,
                List.of(target.equalsIgnoreCase(source) ? "de" : target)));
    }

    @Test
    void the_corpus_is_there() {
        assertThat(new String(read(CORPUS.resolve("SOURCES.tsv")), StandardCharsets.UTF_8)).startsWith("file\t");
        assertThat(valid()).hasSizeGreaterThan(60);
        assertThat(invalid()).hasSizeGreaterThan(40);
    }

    @Test
    void every_valid_file_imports_exports_as_valid_xliff_and_imports_again_with_the_same_text() {
        SoftAssertions softly = new SoftAssertions();
        for (Path path : valid()) {
            String name = path.getFileName().toString();
            byte[] content = read(path);
            ProjectSummary project = projectFor(content);
            String locale = project.targetLocales().get(0);
            DocumentSummary document;
            try {
                document = incoming.importFile(project.id(), name, content);
            } catch (InterchangeException | DocumentImportException e) {
                String expected = intoItsOwnLanguage(content) ? "is not a target locale" : VALID_BUT_REFUSED.get(name);
                softly.assertThat(expected).as(name + " refused: " + e.getMessage()).isNotNull();
                if (expected != null) {
                    softly.assertThat(e.getMessage()).as(name).contains(expected);
                }
                report.addCase(name, "refused on purpose: " + e.getMessage().lines().findFirst().orElse(""), 0, 0);
                continue;
            }
            softly.assertThat(VALID_BUT_REFUSED).as(name + " is imported now").doesNotContainKey(name);
            softly.assertThat(intoItsOwnLanguage(content)).as(name + " translates into its own language").isFalse();
            List<String> before = snapshot(document.id(), locale);
            for (String version : List.of("1.2", "2.1")) {
                ExportedFile exported = exports.exportXliff(document.id(), locale, version, ExportOptions.everything());
                try {
                    XliffSchemas.validate(version.equals("2.1") ? XliffSchemas.XLIFF20_CORE : XliffSchemas.XLIFF12_STRICT,
                            exported.content());
                } catch (AssertionError | RuntimeException e) {
                    softly.fail(name + " exported as " + version + " is not valid: " + e.getMessage());
                }
                softly.assertThat(imports.preview(document.id(), exported.content()).findings()).as(name + " " + version)
                        .allSatisfy(f -> assertThat(f.kind()).as(f.toString()).isEqualTo(ImportFinding.Kind.UNCHANGED));
                DocumentSummary again = incoming.importFile(project.id(), version + "-" + name, exported.content());
                softly.assertThat(snapshot(again.id(), locale)).as(name + " read back from " + version).isEqualTo(before);
            }
            report.addCase(name, "imported, " + before.size() + " segments; exported as 1.2 and 2.1 and read back", 0, 0);
        }
        softly.assertAll();
    }

    @Test
    void every_invalid_file_is_refused_with_a_reason() {
        SoftAssertions softly = new SoftAssertions();
        for (Path path : invalid()) {
            String name = path.getFileName().toString();
            byte[] content = read(path);
            ProjectSummary project = projectFor(content);
            try {
                incoming.importFile(project.id(), name, content);
                softly.assertThat(INVALID_BUT_IMPORTED).as(name + " was imported").containsKey(name);
                report.addCase(name, "imported on purpose: " + INVALID_BUT_IMPORTED.get(name), 0, 0);
            } catch (InterchangeException | DocumentImportException e) {
                softly.assertThat(INVALID_BUT_IMPORTED).as(name + " is refused now: " + e.getMessage()).doesNotContainKey(name);
                softly.assertThat(e.getMessage()).as(name).hasSizeGreaterThan(15);
                softly.assertThat(projects.find(project.id()).orElseThrow().documentCount()).as(name + " left nothing").isZero();
                report.addCase(name, "refused: " + e.getMessage().lines().findFirst().orElse(""), 0, 0);
            }
        }
        softly.assertAll();
    }

    /** Through the API as a script would upload them: no file of the corpus makes the server answer 5xx. */
    @Test
    void no_file_of_the_corpus_makes_the_api_answer_a_server_error() throws IOException {
        List<Path> all = new ArrayList<>(valid());
        all.addAll(invalid());
        Map<Path, ProjectSummary> projectOf = new LinkedHashMap<>();
        for (Path path : all) {
            projectOf.put(path, projectFor(read(path)));
        }
        ApiClient manager = ApiClient.bearer(port, users.token(users.create("corpus-manager", projectOf.values().stream()
                .map(p -> TestUsers.manager(p.id())).toArray(org.tarjima.security.UserService.RoleRequest[]::new))));
        SoftAssertions softly = new SoftAssertions();
        for (Path path : all) {
            ApiClient.Answer answer = manager.upload("/api/projects/" + projectOf.get(path).id() + "/documents",
                    path.getFileName().toString(), read(path));
            softly.assertThat(answer.status()).as(path.getFileName() + ": " + answer.body()).isIn(201, 422);
        }
        softly.assertAll();
    }

    private List<String> snapshot(long document, String locale) {
        List<String> rows = new ArrayList<>();
        translations.forEachRow(document, locale, row -> rows.add(row.source().plainText() + " | " + row.target().plainText()
                + " | " + codes(row.source()) + " / " + codes(row.target())));
        return rows;
    }

    private static String codes(InlineText text) {
        return text.codes().stream().map(c -> c.kind() + ":" + c.id()).toList().toString();
    }
}
