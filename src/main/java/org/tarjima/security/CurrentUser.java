package org.tarjima.security;

/** The user on whose behalf a service call runs; recorded in history. */
public interface CurrentUser {

    /** Longest user name; matches the schema's varchar(100). */
    int MAX_USERNAME_LENGTH = 100;

    /**
     * @throws org.springframework.security.authentication.AuthenticationCredentialsNotFoundException when nobody is
     *                                                                                                 signed in
     */
    String username();
}
