package org.tarjima.security;

import java.time.Instant;

/** A personal access token as its owner sees it later: never the secret itself. */
public record AccessTokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    /** Matches the schema's varchar(100). */
    public static final int NAME_MAX_LENGTH = 100;

    public boolean active() {
        return revokedAt == null;
    }
}
