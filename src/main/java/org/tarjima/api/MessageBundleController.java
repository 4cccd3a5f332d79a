package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tarjima.interchange.bundle.BundleImportReport;
import org.tarjima.interchange.xliff.ExportedFile;
import org.tarjima.interchange.bundle.MessageBundleExportService;
import org.tarjima.interchange.bundle.MessageBundleImportService;

@RestController
@Tag(name = "Message bundles", description = "A document imported from a .properties file, translated back in its own format")
class MessageBundleController {

    /** How many keys of the file carry a translation; the others keep the source value. */
    static final String TRANSLATED_KEYS = "Tarjima-Translated-Keys";

    private final MessageBundleExportService exports;
    private final MessageBundleImportService imports;

    MessageBundleController(MessageBundleExportService exports, MessageBundleImportService imports) {
        this.exports = exports;
        this.imports = imports;
    }

    @GetMapping(path = "/api/documents/{documentId}/locales/{locale}/file", produces = MessageBundleExportService.MEDIA_TYPE)
    @Operation(summary = "The translated file of a .properties document in one locale",
            description = "The uploaded file byte for byte with every translated value replaced (any state but NEW). "
                    + "Keys without a translation keep the source value; the header " + TRANSLATED_KEYS
                    + " says how many keys carry one.")
    ResponseEntity<byte[]> export(@PathVariable long documentId, @PathVariable String locale) {
        ExportedFile file = exports.export(documentId, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(TRANSLATED_KEYS, String.valueOf(file.units()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PostMapping(path = "/api/documents/{documentId}/locales/{locale}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import an existing translated .properties file into one locale of a .properties document",
            description = "Fills the locale's targets by key in one transaction (TRANSLATED, or DRAFT when the file's "
                    + "opening comment says DRAFT; approved targets are kept). A malformed file answers 422 and changes "
                    + "nothing.")
    BundleImportReport importFile(@PathVariable long documentId, @PathVariable String locale,
                                  @RequestParam("file") MultipartFile file) throws IOException {
        return imports.importTranslations(documentId, locale, file.getBytes());
    }
}
