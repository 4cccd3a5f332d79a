package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.interchange.translated.MinState;
import org.tarjima.interchange.translated.TranslatedDocumentService;
import org.tarjima.interchange.translated.TranslatedFile;

@RestController
@Tag(name = "Translated documents", description = "The translated article in its own format (Word, OpenDocument, HTML, "
        + "Markdown, text, .properties; XLIFF for documents that came as XLIFF)")
class TranslatedController {

    /** How many segments kept their source text, having no translation far enough along. */
    static final String FALLBACK_HEADER = "X-Tarjima-Fallback-Segments";

    private final TranslatedDocumentService translated;
    private final DocumentService documents;

    TranslatedController(TranslatedDocumentService translated, DocumentService documents) {
        this.translated = translated;
        this.documents = documents;
    }

    @GetMapping("/api/documents/{documentId}/translated")
    @Operation(summary = "Download a document translated into one locale (the file) or several (a zip)",
            description = "Segments whose translation is below minState keep their source text; the header "
                    + FALLBACK_HEADER + " says how many. The file is named name.<locale>.<ext>; a zip holds "
                    + "<locale>/name.<locale>.<ext>.")
    ResponseEntity<byte[]> document(@PathVariable long documentId,
                                    @Parameter(description = "target locale; repeat for a zip of several")
                                    @RequestParam("locale") List<String> locales,
                                    @Parameter(description = "APPROVED, TRANSLATED (default) or DRAFT")
                                    @RequestParam(defaultValue = "TRANSLATED") MinState minState) {
        if (locales.size() == 1) {
            return download(translated.translated(documentId, locales.get(0), minState));
        }
        DocumentSummary document = documents.find(documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Document " + documentId + " does not exist"));
        return download(translated.zip(document.projectId(), List.of(documentId), locales, minState));
    }

    @GetMapping(path = "/api/projects/{projectId}/translated", produces = TranslatedDocumentService.ZIP_MEDIA_TYPE)
    @Operation(summary = "Download every document of a project (or those chosen) translated, as one zip",
            description = "locale: repeat for several (default: every target locale); documents: ids (default: all).")
    ResponseEntity<byte[]> project(@PathVariable long projectId,
                                   @RequestParam(name = "locale", required = false) List<String> locales,
                                   @RequestParam(required = false) List<Long> documents,
                                   @RequestParam(defaultValue = "TRANSLATED") MinState minState) {
        return download(translated.zip(projectId, documents == null ? List.of() : documents,
                locales == null ? List.of() : locales, minState));
    }

    private static ResponseEntity<byte[]> download(TranslatedFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(FALLBACK_HEADER, String.valueOf(file.fallbackSegments()))
                .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, FALLBACK_HEADER)
                .body(file.content());
    }
}
