package org.tarjima.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/** One client of the API with one way in (none, HTTP Basic or a token), as a script would call it. */
final class Caller {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;
    private final String authorization;

    private Caller(TestRestTemplate http, String authorization) {
        this.http = http;
        this.authorization = authorization;
    }

    static Caller anonymous(TestRestTemplate http) {
        return new Caller(http, null);
    }

    static Caller basic(TestRestTemplate http, String username, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(username, password);
        return new Caller(http, headers.getFirst(HttpHeaders.AUTHORIZATION));
    }

    static Caller bearer(TestRestTemplate http, String token) {
        return new Caller(http, "Bearer " + token);
    }

    ResponseEntity<String> get(String url, Object... variables) {
        return exchange(HttpMethod.GET, url, null, variables);
    }

    ResponseEntity<String> post(String url, Object body, Object... variables) {
        return exchange(HttpMethod.POST, url, body, variables);
    }

    ResponseEntity<String> put(String url, Object body, Object... variables) {
        return exchange(HttpMethod.PUT, url, body, variables);
    }

    ResponseEntity<String> patch(String url, Object body, Object... variables) {
        return exchange(HttpMethod.PATCH, url, body, variables);
    }

    ResponseEntity<String> delete(String url, Object... variables) {
        return exchange(HttpMethod.DELETE, url, null, variables);
    }

    /** A multipart upload of one file as {@code file}. */
    ResponseEntity<String> upload(String url, String fileName, byte[] content, Object... variables) {
        return exchange(HttpMethod.POST, url, org.tarjima.support.ApiCalls.fileForm(fileName, content), variables);
    }

    private ResponseEntity<String> exchange(HttpMethod method, String url, Object body, Object... variables) {
        HttpHeaders headers = new HttpHeaders();
        if (authorization != null) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (body instanceof MultiValueMap) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        } else if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(url, method, new HttpEntity<>(body, headers), String.class, variables);
    }

    static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody() == null ? "null" : response.getBody());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
