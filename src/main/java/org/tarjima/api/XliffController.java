package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tarjima.interchange.xliff.ConflictChoice;
import org.tarjima.jobs.Progress;
import org.tarjima.interchange.xliff.ExportOptions;
import org.tarjima.interchange.xliff.ExportedFile;
import org.tarjima.interchange.xliff.ImportReport;
import org.tarjima.interchange.xliff.XliffExportService;
import org.tarjima.interchange.xliff.XliffImportService;
import org.tarjima.interchange.XliffSource;
import org.tarjima.translation.TargetState;

@RestController
@Tag(name = "XLIFF", description = "Export to and import from translation vendors")
class XliffController {

    private final XliffExportService exports;
    private final XliffImportService imports;

    XliffController(XliffExportService exports, XliffImportService imports) {
        this.exports = exports;
        this.imports = imports;
    }

    @GetMapping(path = "/api/documents/{documentId}/xliff", produces = XliffExportService.XLIFF_MEDIA_TYPE)
    @Operation(summary = "Export one locale of a document as XLIFF",
            description = "version: 1.2 (default) or 2.1; states: comma-separated target states to include (default: all).")
    ResponseEntity<byte[]> export(@PathVariable long documentId, @RequestParam String locale,
                                  @RequestParam(defaultValue = "1.2") String version,
                                  @RequestParam(required = false) Set<TargetState> states) {
        ExportedFile file = exports.exportXliff(documentId, locale, version,
                new ExportOptions(states == null ? EnumSet.allOf(TargetState.class) : EnumSet.copyOf(states)));
        return download(file);
    }

    @GetMapping(path = "/api/projects/{projectId}/xliff", produces = "application/zip")
    @Operation(summary = "Export several documents and locales of a project as one zip of XLIFF files",
            description = "documents and locales: comma-separated (default: all); one file per document and locale, "
                    + "each an export of its own.")
    ResponseEntity<byte[]> exportProject(@PathVariable long projectId,
                                         @RequestParam(required = false) java.util.List<Long> documents,
                                         @RequestParam(required = false) java.util.List<String> locales,
                                         @RequestParam(defaultValue = "1.2") String version,
                                         @RequestParam(required = false) Set<TargetState> states) {
        return download(exports.exportZip(projectId, documents == null ? java.util.List.of() : documents,
                locales == null ? java.util.List.of() : locales, version,
                new ExportOptions(states == null ? EnumSet.allOf(TargetState.class) : EnumSet.copyOf(states))));
    }

    /** The upload as Spring keeps it (on disk), read as a stream each time: never loaded whole. */
    private static XliffSource source(MultipartFile file) {
        return new XliffSource() {
            @Override
            public java.io.InputStream open() throws IOException {
                return file.getInputStream();
            }

            @Override
            public long size() {
                return file.getSize();
            }
        };
    }

    private static ResponseEntity<byte[]> download(ExportedFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PostMapping(path = "/api/documents/{documentId}/xliff", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check (mode=preview) or apply (mode=apply) a returned XLIFF file",
            description = "conflicts=keep leaves targets changed in Tarjima after the export as they are (default); "
                    + "conflicts=take overwrites them with the file's. A rejected file changes nothing and answers 422 "
                    + "with the findings. targetLocale names the locale of the file's translations when the file names "
                    + "none and the project has several.")
    ResponseEntity<ImportReport> importFile(@PathVariable long documentId, @RequestParam("file") MultipartFile file,
                                            @RequestParam(defaultValue = "preview") String mode,
                                            @RequestParam(defaultValue = "keep") String conflicts,
                                            @RequestParam(required = false) String targetLocale) throws IOException {
        ConflictChoice choice = switch (conflicts) {
            case "keep" -> ConflictChoice.keepTarjima();
            case "take" -> ConflictChoice.takeFile();
            default -> throw new IllegalArgumentException("conflicts must be keep or take");
        };
        ImportReport report = switch (mode) {
            case "preview" -> imports.preview(documentId, source(file), targetLocale);
            case "apply" -> imports.apply(documentId, source(file), targetLocale, choice, Progress.NONE);
            default -> throw new IllegalArgumentException("mode must be preview or apply");
        };
        return ResponseEntity.status(report.rejectedFile() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK).body(report);
    }
}
