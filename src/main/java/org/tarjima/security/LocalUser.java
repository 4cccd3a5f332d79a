package org.tarjima.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The single local user of a workbench without sign-in ({@code tarjima.local-user}, default "local"). */
@Component
class LocalUser implements CurrentUser {

    private final String username;

    LocalUser(@Value("${tarjima.local-user:local}") String username) {
        this.username = username;
    }

    @Override
    public String username() {
        return username;
    }
}
