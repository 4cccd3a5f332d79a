package org.tarjima.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's answer when the database goes away while a request is still in the security filters (a token is looked
 * up in the database before any controller runs): without this, the exception escaped to the servlet container and
 * the script got its error page instead of the 503 every controller gives.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTroubleFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseTroubleOnTheApi(ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Answer503(json));
        registration.addUrlPatterns("/api/*");
        // Around Spring Security's chain, which is where the token lookup runs.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    private static final class Answer503 extends OncePerRequestFilter {

        private final ObjectMapper json;

        Answer503(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | RuntimeException e) {
                if (response.isCommitted() || !ApiErrors.isDatabaseUnavailable(e)) {
                    throw e;
                }
                ResponseEntity<ProblemDetail> answer = ApiErrors.databaseUnavailable(new IllegalStateException(e));
                ProblemDetail problem = answer.getBody();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "about:blank");
                body.put("title", problem.getTitle());
                body.put("status", problem.getStatus());
                body.put("detail", problem.getDetail());
                body.put("instance", request.getRequestURI());
                response.resetBuffer();
                response.setStatus(problem.getStatus());
                response.setHeader(HttpHeaders.RETRY_AFTER, answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), body);
            }
        }
    }
}
