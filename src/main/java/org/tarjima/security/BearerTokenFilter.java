package org.tarjima.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer tjp_...} on the API: the token is looked up on every request, so a revoked
 * token stops working at once. A presented but unknown token is a 401, never a fall-through to anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final UserService users;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy holder;

    BearerTokenFilter(UserService users, AuthenticationEntryPoint entryPoint, SecurityContextHolderStrategy holder) {
        this.users = users;
        this.entryPoint = entryPoint;
        this.holder = holder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TarjimaUser> user = users.authenticateToken(header.substring(PREFIX.length()).strip());
        if (user.isEmpty()) {
            entryPoint.commence(request, response, new BadCredentialsException("The token is unknown or revoked"));
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        holder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            holder.clearContext();
        }
    }
}
