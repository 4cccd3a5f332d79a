package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.review.ReviewQueueItem;
import org.tarjima.review.ReviewService;

@RestController
@Tag(name = "Review", description = "Approve and reject targets, history, comments, and the sign-off of a document's locales")
class ReviewQueueController {

    private final ReviewService reviews;

    ReviewQueueController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping(path = "/api/me/review-queue", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What waits for the caller's review, longest waiting first",
            description = "Each document locale the caller may review that has confirmed (TRANSLATED) segments: how many "
                    + "and their words, rejected and approved counts, and since when the oldest has been waiting.")
    List<ReviewQueueItem> queue() {
        return reviews.queue();
    }
}
