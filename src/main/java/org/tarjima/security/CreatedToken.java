package org.tarjima.security;

/** A new personal access token: {@code secret} is shown once and not stored anywhere. */
public record CreatedToken(AccessTokenInfo token, String secret) {
}
