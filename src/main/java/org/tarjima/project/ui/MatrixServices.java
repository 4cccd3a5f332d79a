package org.tarjima.project.ui;

import org.springframework.stereotype.Component;
import org.tarjima.assignment.AssignmentService;
import org.tarjima.review.ReviewService;

/** What the project page's matrix shows besides progress: sign-offs and assignments (one bean, few view parameters). */
@Component
public class MatrixServices {

    private final ReviewService reviews;
    private final AssignmentService assignments;

    MatrixServices(ReviewService reviews, AssignmentService assignments) {
        this.reviews = reviews;
        this.assignments = assignments;
    }

    ReviewService reviews() {
        return reviews;
    }

    AssignmentService assignments() {
        return assignments;
    }
}
