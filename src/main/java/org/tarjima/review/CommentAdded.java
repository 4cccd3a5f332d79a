package org.tarjima.review;

/** Published inside the transaction that adds a person's comment to a segment (mentions notify from it). */
public record CommentAdded(long projectId, Comment comment) {
}
