package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentService;
import org.tarjima.translation.LinkedVariants;
import org.tarjima.translation.Origin;
import org.tarjima.translation.PivotService;
import org.tarjima.translation.PivotText;
import org.tarjima.translation.SegmentRow;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.StateFilter;
import org.tarjima.translation.TargetEdit;
import org.tarjima.translation.TargetState;
import org.tarjima.translation.SegmentListing;
import org.tarjima.translation.TranslationService;

@RestController
@RequestMapping("/api/documents/{documentId}")
@Tag(name = "Segments", description = "Segments and their targets; inline codes as markers <1>…</1>, <2/>; a literal < is \\<")
class SegmentsController {

    /** Largest page a client may ask for. */
    static final int MAX_LIMIT = 1000;

    private final TranslationService translations;
    private final SegmentListing listing;
    private final DocumentService documents;
    private final PivotService pivots;
    private final LinkedVariants linked;

    SegmentsController(TranslationService translations, SegmentListing listing, DocumentService documents,
                       PivotService pivots, LinkedVariants linked) {
        this.pivots = pivots;
        this.linked = linked;
        this.translations = translations;
        this.listing = listing;
        this.documents = documents;
    }

    /**
     * Paths name the document and the segment: a segment id from another document is a 404, so that a script's
     * mix-up never writes where its author did not look.
     */
    static void requireSegmentOf(TranslationService translations, long documentId, long segmentId) {
        if (translations.documentOf(segmentId).filter(d -> d == documentId).isEmpty()) {
            throw new NoSuchElementException("Segment " + segmentId + " is not in document " + documentId);
        }
    }

    @GetMapping(path = "/segments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A page of segments with their targets in one locale, in document order",
            description = "q: only segments whose source or target contains this text (case-insensitive); offset and "
                    + "limit then count the matching segments. pivot (e.g. ru): each segment also carries pivotLocale, "
                    + "pivotState and pivotText, the text of its target in that locale when TRANSLATED or APPROVED "
                    + "(otherwise null); a pivot other than the project's own needs the right to view that locale.")
    List<?> segments(@PathVariable long documentId, @RequestParam String locale,
                     @RequestParam(defaultValue = "0") int offset,
                     @RequestParam(defaultValue = "100") int limit,
                     @RequestParam(defaultValue = "ALL") StateFilter filter,
                     @RequestParam(required = false) String q,
                     @RequestParam(required = false) String pivot) {
        List<SegmentRow> rows = rows(documentId, locale, offset, limit, filter, q);
        if (pivot == null || pivot.isBlank()) {
            return rows.stream().map(ApiModels.SegmentJson::of).toList();
        }
        Map<Long, PivotText> texts = pivots.forSegments(documentId, locale, pivot,
                rows.stream().map(SegmentRow::segmentId).toList());
        return rows.stream().map(row -> ApiModels.SegmentWithPivotJson.of(row, texts.get(row.segmentId()))).toList();
    }

    private List<SegmentRow> rows(long documentId, String locale, int offset, int limit, StateFilter filter, String q) {
        documents.find(documentId).orElseThrow(() -> new NoSuchElementException("Document " + documentId + " does not exist"));
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit between 1 and " + MAX_LIMIT);
        }
        if (q != null && !q.isBlank()) {
            List<Integer> found = listing.find(documentId, locale, filter, q);
            List<Integer> page = found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size()));
            return listing.rows(documentId, locale, page);
        }
        return listing.page(documentId, locale, filter, offset, limit);
    }

    /** A derived target's mark: its base's version when it changed, and the conversion of the base's current text. */
    record BaseChangedJson(String baseLocale, int baseVersion, java.time.Instant markedAt, String derivation) {
    }

    @GetMapping(path = "/segments/{segmentId}/targets/{locale}/derivation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Whether a linked script variant's target is marked 'base changed since your edit'",
            description = "200 with the base locale, its version, when it was marked and the new derivation; 404 when "
                    + "the target is not marked.")
    BaseChangedJson baseChanged(@PathVariable long documentId, @PathVariable long segmentId, @PathVariable String locale) {
        requireSegmentOf(translations, documentId, segmentId);
        LinkedVariants.BaseChanged mark = linked.baseChanged(segmentId, locale).orElseThrow(() ->
                new NoSuchElementException("The " + locale + " target of segment " + segmentId + " is not marked"));
        return new BaseChangedJson(mark.baseLocale(), mark.baseVersion(), mark.markedAt(),
                InlineMarkers.write(mark.derivation()));
    }

    @DeleteMapping(path = "/segments/{segmentId}/targets/{locale}/derivation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Keep the edited text of a linked script variant's target: the mark goes, the text stays")
    void keepEdit(@PathVariable long documentId, @PathVariable long segmentId, @PathVariable String locale) {
        requireSegmentOf(translations, documentId, segmentId);
        linked.keepEdit(segmentId, locale);
    }

    @PostMapping(path = "/segments/{segmentId}/targets/{locale}/derivation")
    @Operation(summary = "Take the new derivation of a linked script variant's target from its base",
            description = "For a derived locale (e.g. uz-Cyrl following uz) whose target was marked 'base changed since "
                    + "your edit': confirms the transliteration of the base's current text over the edit (origin "
                    + "TRANSLITERATION). version is the derived target's version you saw; a stale one is refused with 409.")
    ResponseEntity<Object> takeDerivation(@PathVariable long documentId, @PathVariable long segmentId,
                                          @PathVariable String locale, @RequestParam int version) {
        requireSegmentOf(translations, documentId, segmentId);
        SaveResult result = linked.takeDerivation(segmentId, locale, version);
        if (result instanceof SaveResult.Conflict conflict) {
            return ApiErrors.staleVersion(conflict, version);
        }
        return ResponseEntity.ok(ApiModels.TargetJson.of(result.target()));
    }

    @PutMapping(path = "/segments/{segmentId}/targets/{locale}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save (DRAFT) or confirm (TRANSLATED) a target",
            description = "version is the version the text was based on (0 for a target never written). "
                    + "A stale version is refused with 409 and the current text and version.")
    ResponseEntity<Object> save(@PathVariable long documentId, @PathVariable long segmentId, @PathVariable String locale,
                                @RequestBody ApiModels.TargetRequest request) {
        requireSegmentOf(translations, documentId, segmentId);
        if (request.version() == null) {
            throw new IllegalArgumentException("version is required: send the version your text is based on (0 for a new target)");
        }
        InlineText text = InlineMarkers.read(request.text() == null ? "" : request.text());
        InlineText source = translations.sourceOf(segmentId).orElseThrow();
        if (!text.isBlank() && !text.hasSameCodesAs(source)) {
            String expected = InlineMarkers.write(new InlineText(List.copyOf(source.codes())));
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ApiErrors.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                    "Inline codes do not match the source",
                    "The target must carry exactly the source's markers " + expected + " (in any order)."));
        }
        TargetState state = request.state() == null ? TargetState.DRAFT : request.state();
        TargetEdit edit = new TargetEdit(segmentId, locale, text, request.version(), Origin.API);
        SaveResult result = switch (state) {
            case TRANSLATED -> translations.confirm(edit);
            case DRAFT, NEW -> translations.saveDraft(edit);
            case APPROVED, REJECTED -> throw new IllegalArgumentException(
                    "Approving and rejecting are reviewers' actions; use state DRAFT or TRANSLATED");
        };
        if (result instanceof SaveResult.Conflict conflict) {
            return ApiErrors.staleVersion(conflict, request.version());
        }
        return ResponseEntity.ok(ApiModels.TargetJson.of(result.target()));
    }
}
