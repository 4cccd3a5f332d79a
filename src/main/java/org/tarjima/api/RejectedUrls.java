package org.tarjima.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses URLs with a semicolon, an encoded slash or similar before any chain runs; by
 * default that became an error page behind the sign-in redirect, so a script got a 302 to /login. A script gets a 400
 * problem instead, saying what is wrong with its URL; the browser's pages get a plain 400.
 */
@Component
class RejectedUrls implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        if (!request.getRequestURI().startsWith("/api/")) {
            return;
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,\"detail\":"
                + "\"The URL contains characters no call accepts (a semicolon, an encoded slash or backslash, or a control "
                + "character). Locale tags, ids and user names never contain them.\"}");
    }
}
