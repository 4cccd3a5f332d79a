package org.tarjima.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A path under /api/ that no call answers gets a 404 problem. Without this, Vaadin (mapped to every path) answered
 * it with its HTML page and status 200, and a script with a typo in its URL read a web page as its answer. A known path
 * called with another method still gets Spring's 405; the OpenAPI pages under /api/docs are left to springdoc.
 */
@Component
class UnknownApiPaths extends OncePerRequestFilter {

    private final RequestMappingHandlerMapping calls;

    UnknownApiPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping calls) {
        this.calls = calls;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.equals("/api/docs") || path.startsWith("/api/docs/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (answered(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":"
                + "\"No API call answers " + request.getMethod() + " " + path + ". The calls are listed at /api/docs/ui.\","
                + "\"instance\":\"" + path + "\"}");
    }

    /** Whether a controller answers the path (with this method or another: a wrong method is Spring's 405). */
    private boolean answered(HttpServletRequest request) {
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            if (parsed == null) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            HandlerExecutionChain handler = calls.getHandler(request);
            return handler != null;
        } catch (Exception e) {
            // HttpRequestMethodNotSupportedException, HttpMediaTypeNotSupportedException…: the path exists.
            return true;
        } finally {
            if (parsed == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
