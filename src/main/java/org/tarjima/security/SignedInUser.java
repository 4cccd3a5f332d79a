package org.tarjima.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The user of the current session or API request, from Spring Security's context. */
@Component
class SignedInUser implements CurrentUser {

    // The application context's own strategy (Vaadin's, which also finds the session's context) rather than the
    // JVM-wide static one: with more than one context in a JVM (tests) each must read its own.
    private final SecurityContextHolderStrategy holder;

    SignedInUser(SecurityContextHolderStrategy holder) {
        this.holder = holder;
    }

    @Override
    public String username() {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof TarjimaUser user)) {
            throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
        }
        return user.getUsername();
    }
}
