package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.review.ReviewService;
import org.tarjima.translation.Origin;
import org.tarjima.translation.SaveResult;
import org.tarjima.translation.TargetReview;
import org.tarjima.translation.TranslationService;

@RestController
@RequestMapping(path = "/api/documents/{documentId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Review", description = "Approve and reject targets, history, comments, and the sign-off of a document's locales")
class ReviewController {

    private final TranslationService translations;
    private final ReviewService reviews;

    ReviewController(TranslationService translations, ReviewService reviews) {
        this.translations = translations;
        this.reviews = reviews;
    }

    @PostMapping(path = "/segments/{segmentId}/targets/{locale}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve the version of a target the reviewer looked at",
            description = "For reviewers of the locale; nobody approves a text they wrote (403). Only TRANSLATED "
                    + "(or REJECTED) targets can be approved (422). A stale version is refused with 409 and the current "
                    + "target, as for a save.")
    ResponseEntity<Object> approve(@PathVariable long documentId, @PathVariable long segmentId,
                                   @PathVariable String locale, @RequestBody ApiModels.ReviewRequest request) {
        TargetReview review = review(documentId, segmentId, locale, request);
        return answer(translations.approve(review), review);
    }

    @PostMapping(path = "/segments/{segmentId}/targets/{locale}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a target back to the translator with a reason",
            description = "For reviewers of the locale. comment is required (422 without it) and becomes a comment "
                    + "the translator sees on the segment. A stale version is refused with 409 and the current target.")
    ResponseEntity<Object> reject(@PathVariable long documentId, @PathVariable long segmentId,
                                  @PathVariable String locale, @RequestBody ApiModels.ReviewRequest request) {
        TargetReview review = review(documentId, segmentId, locale, request);
        return answer(translations.reject(review, request.comment()), review);
    }

    private TargetReview review(long documentId, long segmentId, String locale, ApiModels.ReviewRequest request) {
        SegmentsController.requireSegmentOf(translations, documentId, segmentId);
        if (request.version() == null) {
            throw new IllegalArgumentException("version is required: send the version of the target you reviewed");
        }
        return new TargetReview(segmentId, locale, request.version(), Origin.API);
    }

    private static ResponseEntity<Object> answer(SaveResult result, TargetReview review) {
        if (result instanceof SaveResult.Conflict conflict) {
            return ApiErrors.staleVersion(conflict, review.expectedVersion());
        }
        return ResponseEntity.ok(ApiModels.TargetJson.of(result.target()));
    }

    @GetMapping("/segments/{segmentId}/targets/{locale}/history")
    @Operation(summary = "Every change of a target, oldest first",
            description = "revokedSignOff: this change took away the locale's sign-off.")
    List<ApiModels.HistoryJson> history(@PathVariable long documentId, @PathVariable long segmentId,
                                        @PathVariable String locale) {
        SegmentsController.requireSegmentOf(translations, documentId, segmentId);
        return translations.history(segmentId, locale).stream().map(ApiModels.HistoryJson::of).toList();
    }

    @GetMapping("/segments/{segmentId}/targets/{locale}/comments")
    @Operation(summary = "Comments on a segment in one locale, oldest first",
            description = "rejection: a reviewer's reason for rejecting the target.")
    List<ApiModels.CommentJson> comments(@PathVariable long documentId, @PathVariable long segmentId,
                                         @PathVariable String locale) {
        SegmentsController.requireSegmentOf(translations, documentId, segmentId);
        return reviews.comments(segmentId, locale).stream().map(ApiModels.CommentJson::of).toList();
    }

    @PostMapping(path = "/segments/{segmentId}/targets/{locale}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a segment in one locale", description = "Anyone who may see the locale may comment.")
    ApiModels.CommentJson addComment(@PathVariable long documentId, @PathVariable long segmentId,
                                     @PathVariable String locale, @RequestBody ApiModels.CommentRequest request) {
        SegmentsController.requireSegmentOf(translations, documentId, segmentId);
        return ApiModels.CommentJson.of(reviews.addComment(segmentId, locale, request.text()));
    }

    @GetMapping("/locales")
    @Operation(summary = "Progress and sign-off of each locale of the document the caller may see",
            description = "progress: segments and words per state; signOff: null while the locale is not signed off.")
    List<ApiModels.LocaleStatusJson> locales(@PathVariable long documentId) {
        return reviews.locales(documentId).stream().map(ApiModels.LocaleStatusJson::of).toList();
    }

    @PostMapping("/locales/{locale}/sign-off")
    @Operation(summary = "Sign off a locale of the document",
            description = "For reviewers of the locale, once every segment is APPROVED; otherwise 409 with notApproved, "
                    + "the number of segments still to approve. Any later change of a target takes the sign-off away.")
    ApiModels.SignOffJson signOff(@PathVariable long documentId, @PathVariable String locale) {
        return ApiModels.SignOffJson.of(reviews.signOff(documentId, locale));
    }

    @DeleteMapping("/locales/{locale}/sign-off")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a locale's sign-off", description = "For reviewers of the locale; "
            + "a locale that is not signed off stays as it is.")
    void withdrawSignOff(@PathVariable long documentId, @PathVariable String locale) {
        reviews.withdrawSignOff(documentId, locale);
    }
}
