package org.tarjima.review;

/** Someone a comment can mention with {@code @username}: they may read the comment. */
public record Mentionable(String username, String displayName) {
}
