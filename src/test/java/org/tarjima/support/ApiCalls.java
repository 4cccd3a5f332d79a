package org.tarjima.support;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What API tests send the way a script does: one helper, not a copy in every test class. */
public final class ApiCalls {

    private ApiCalls() {
    }

    /** A multipart form with one file as {@code file}, named as a browser or curl would name it. */
    public static MultiValueMap<String, Object> fileForm(String fileName, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return form;
    }

    /** An upload of one file as the body of a request ({@code curl -F file=@name}). */
    public static HttpEntity<MultiValueMap<String, Object>> upload(String fileName, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(fileForm(fileName, content), headers);
    }
}
