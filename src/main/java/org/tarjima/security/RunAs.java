package org.tarjima.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work on behalf of a named user outside any request: start-up tasks such as the demo project, so that
 * they pass the same permission checks and leave the same history as a person would.
 */
@Component
public class RunAs {

    private final UserRepository users;
    private final SecurityContextHolderStrategy holder;

    RunAs(UserRepository users, SecurityContextHolderStrategy holder) {
        this.users = users;
        this.holder = holder;
    }

    public <T> T user(String username, Supplier<T> work) {
        TarjimaUser user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("No user named " + username));
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.setContext(previous);
        }
    }

    /** The first administrator, for start-up work. */
    public <T> T admin(Supplier<T> work) {
        return user(FirstStartUsers.ADMIN, work);
    }
}
