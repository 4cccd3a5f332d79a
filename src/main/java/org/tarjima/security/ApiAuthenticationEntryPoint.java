package org.tarjima.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** A 401 for the API as problem+json, naming both ways in: a personal access token or HTTP Basic. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Tarjima\"");
        response.addHeader("WWW-Authenticate", "Basic realm=\"Tarjima\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                {"type":"about:blank","title":"Unauthorized","status":401,\
                "detail":"Sign in with a personal access token (Authorization: Bearer ...) or HTTP Basic.",\
                "instance":"%s"}""".formatted(request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"")));
    }
}
