package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.ExportedGlossary;
import org.tarjima.glossary.GlossaryEntry;
import org.tarjima.glossary.GlossaryFormat;
import org.tarjima.glossary.GlossaryScope;
import org.tarjima.glossary.GlossaryService;
import org.tarjima.glossary.ImportResult;
import org.tarjima.glossary.terms.TermHit;
import org.tarjima.glossary.terms.TermSpan;
import org.tarjima.glossary.TermTranslation;

/**
 * A project's glossary under {@code /api/projects/{id}/glossary} and the global one under {@code /api/glossary}, the
 * same shapes for both. Managers (and reviewers, for their locales) write a project's glossary, administrators the
 * global one.
 */
@RestController
@Tag(name = "Glossary", description = "Terms with approved and forbidden translations per locale; CSV and TBX")
class GlossaryController {

    private final GlossaryService glossary;

    GlossaryController(GlossaryService glossary) {
        this.glossary = glossary;
    }

    /** A translation of a term. {@code forms}: other forms, a trailing * on a word makes a stem ("партнёр*"). */
    record TranslationJson(String locale, String term, List<String> forms, boolean forbidden, String notes) {
        static TranslationJson of(TermTranslation t) {
            return new TranslationJson(t.locale(), t.term(), t.forms(), t.forbidden(), t.notes());
        }

        TermTranslation toTranslation() {
            return new TermTranslation(locale, term, forms, forbidden, notes);
        }
    }

    record EntryJson(long id, String term, List<String> forms, String notes, boolean doNotTranslate,
                     List<TranslationJson> translations, int version, Instant createdAt, String createdBy,
                     Instant updatedAt, String updatedBy) {
        static EntryJson of(GlossaryEntry e) {
            return new EntryJson(e.id(), e.term(), e.forms(), e.notes(), e.doNotTranslate(),
                    e.translations().stream().map(TranslationJson::of).toList(), e.version(), e.createdAt(),
                    e.createdBy(), e.updatedAt(), e.updatedBy());
        }
    }

    /** @param version for an update: the version edited; a newer stored one answers 409 (omit to overwrite) */
    record EntryRequestJson(String term, List<String> forms, String notes, Boolean doNotTranslate,
                            List<TranslationJson> translations, Integer version) {
        EntryRequest toRequest() {
            return new EntryRequest(term, forms, notes, Boolean.TRUE.equals(doNotTranslate),
                    translations == null ? List.of() : translations.stream().map(TranslationJson::toTranslation).toList(),
                    version);
        }
    }

    /** A term found in the text: offsets in UTF-16 code units, like JavaScript string indexes. */
    record HitJson(long entryId, boolean global, String sourceTerm, int start, int end, List<TermSpan> occurrences,
                   List<TranslationJson> translations, List<TranslationJson> forbidden, String notes,
                   boolean doNotTranslate) {
        static HitJson of(TermHit h) {
            return new HitJson(h.entryId(), h.global(), h.sourceTerm(), h.start(), h.end(), h.occurrences(),
                    h.translations().stream().map(TranslationJson::of).toList(),
                    h.forbidden().stream().map(TranslationJson::of).toList(), h.notes(), h.doNotTranslate());
        }
    }

    // --- a project's glossary

    @GetMapping(path = "/api/projects/{id}/glossary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The project's glossary entries by term",
            description = "filter: text to look for in terms, forms, translations and notes (case-insensitive).")
    List<EntryJson> list(@PathVariable long id, @RequestParam(required = false) String filter) {
        return list(GlossaryScope.project(id), filter);
    }

    @PostMapping(path = "/api/projects/{id}/glossary", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a term to the project's glossary")
    EntryJson create(@PathVariable long id, @RequestBody EntryRequestJson request) {
        return EntryJson.of(glossary.create(GlossaryScope.project(id), request.toRequest()));
    }

    @PutMapping(path = "/api/projects/{id}/glossary/{entryId:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a term of the project's glossary",
            description = "Translations into locales the caller may not change stay as stored.")
    EntryJson update(@PathVariable long id, @PathVariable long entryId, @RequestBody EntryRequestJson request) {
        return EntryJson.of(glossary.update(GlossaryScope.project(id), entryId, request.toRequest()));
    }

    @DeleteMapping("/api/projects/{id}/glossary/{entryId:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a term of the project's glossary")
    void delete(@PathVariable long id, @PathVariable long entryId) {
        glossary.delete(GlossaryScope.project(id), entryId);
    }

    @GetMapping(path = "/api/projects/{id}/glossary/hits", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The glossary terms in a source text, with their translations into the target locale",
            description = "Project terms first, then the global glossary's. sourceLocale defaults to the project's.")
    List<HitJson> hits(@PathVariable long id, @RequestParam String text, @RequestParam String targetLocale,
                       @RequestParam(required = false) String sourceLocale) {
        String source = sourceLocale != null ? sourceLocale : glossary.locales(GlossaryScope.project(id)).source();
        return glossary.hits(id, source, targetLocale, text).stream().map(HitJson::of).toList();
    }

    @GetMapping("/api/projects/{id}/glossary/export")
    @Operation(summary = "The project's glossary as a file", description = "format: csv (default) or tbx.")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format) {
        return download(glossary.export(GlossaryScope.project(id), GlossaryFormat.named(format)));
    }

    @PostMapping(path = "/api/projects/{id}/glossary/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a CSV or TBX file into the project's glossary",
            description = "The format by the file's extension (.csv, .tbx), else by its content. One transaction: a "
                    + "file with a problem changes nothing and answers 422 with the line.")
    ImportResult importFile(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return glossary.importFile(GlossaryScope.project(id), file.getOriginalFilename(), file.getBytes());
    }

    // --- the global glossary

    @GetMapping(path = "/api/glossary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The global glossary's entries by term")
    List<EntryJson> listGlobal(@RequestParam(required = false) String filter) {
        return list(GlossaryScope.GLOBAL, filter);
    }

    @PostMapping(path = "/api/glossary", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a term to the global glossary (administrators)")
    EntryJson createGlobal(@RequestBody EntryRequestJson request) {
        return EntryJson.of(glossary.create(GlossaryScope.GLOBAL, request.toRequest()));
    }

    @PutMapping(path = "/api/glossary/{entryId:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a term of the global glossary (administrators)")
    EntryJson updateGlobal(@PathVariable long entryId, @RequestBody EntryRequestJson request) {
        return EntryJson.of(glossary.update(GlossaryScope.GLOBAL, entryId, request.toRequest()));
    }

    @DeleteMapping("/api/glossary/{entryId:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a term of the global glossary (administrators)")
    void deleteGlobal(@PathVariable long entryId) {
        glossary.delete(GlossaryScope.GLOBAL, entryId);
    }

    @GetMapping("/api/glossary/export")
    @Operation(summary = "The global glossary as a file", description = "format: csv (default) or tbx.")
    ResponseEntity<byte[]> exportGlobal(@RequestParam(defaultValue = "csv") String format) {
        return download(glossary.export(GlossaryScope.GLOBAL, GlossaryFormat.named(format)));
    }

    @PostMapping(path = "/api/glossary/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a CSV or TBX file into the global glossary (administrators)")
    ImportResult importGlobal(@RequestParam("file") MultipartFile file) throws IOException {
        return glossary.importFile(GlossaryScope.GLOBAL, file.getOriginalFilename(), file.getBytes());
    }

    private List<EntryJson> list(GlossaryScope scope, String filter) {
        return glossary.entries(scope, filter).stream().map(EntryJson::of).toList();
    }

    private static ResponseEntity<byte[]> download(ExportedGlossary file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
