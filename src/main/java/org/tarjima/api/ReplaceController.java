package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.document.DocumentService;
import org.tarjima.translation.ReplaceChange;
import org.tarjima.translation.ReplaceService;
import org.tarjima.translation.Replacement;

@RestController
@RequestMapping("/api/documents/{documentId}")
@Tag(name = "Segments")
class ReplaceController {

    private final ReplaceService replacing;
    private final DocumentService documents;

    ReplaceController(ReplaceService replacing, DocumentService documents) {
        this.replacing = replacing;
        this.documents = documents;
    }

    /** What to replace; {@code preview}: only list the changes. */
    record ReplaceRequest(String find, String replace, boolean regex, boolean caseSensitive, boolean onlyUnconfirmed,
                          boolean preview) {
    }

    /** A change, with the texts as markers ({@code <1>…</1>}); codes are never touched. */
    record ChangeJson(int ordinal, long segmentId, int version, String state, String before, String after) {
        static ChangeJson of(ReplaceChange change) {
            return new ChangeJson(change.ordinal(), change.segmentId(), change.version(), change.state().name(),
                    InlineMarkers.write(change.before()), InlineMarkers.write(change.after()));
        }
    }

    /** The changes (a preview), or those applied and those refused because their target changed meanwhile. */
    record ReplaceResponse(boolean preview, List<ChangeJson> changes, List<ChangeJson> refused) {
    }

    @PostMapping(path = "/replace", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search and replace in the document's translations in one locale",
            description = "find: plain text, or with regex=true a Java regular expression (the replacement may use $1); "
                    + "caseSensitive (default false, Unicode case folding); onlyUnconfirmed: only NEW, DRAFT and REJECTED "
                    + "targets. Only text between inline codes changes. preview=true lists every change and changes "
                    + "nothing; otherwise the changes are applied in one transaction as edits with origin REPLACE "
                    + "(confirmed targets stay confirmed, approved ones need approving again). 400 for an invalid "
                    + "expression, 403 without a translator's role for the locale.")
    ReplaceResponse replace(@PathVariable long documentId, @RequestParam String locale, @RequestBody ReplaceRequest request) {
        documents.find(documentId).orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        Replacement replacement = new Replacement(request.find(), request.replace(), request.regex(), request.caseSensitive(),
                request.onlyUnconfirmed());
        if (request.preview()) {
            return new ReplaceResponse(true, replacing.preview(List.of(documentId), locale, replacement).stream()
                    .map(ChangeJson::of).toList(), List.of());
        }
        ReplaceService.Outcome outcome = replacing.replace(List.of(documentId), locale, replacement);
        return new ReplaceResponse(false, outcome.applied().stream().map(ChangeJson::of).toList(),
                outcome.refused().stream().map(ChangeJson::of).toList());
    }
}
