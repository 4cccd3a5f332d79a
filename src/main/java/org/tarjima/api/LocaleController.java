package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.locale.ScriptConversion;

@RestController
@RequestMapping(path = "/api/locale", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Locale", description = "Locale helpers from ICU")
class LocaleController {

    private final ScriptConversion conversion;

    LocaleController(ScriptConversion conversion) {
        this.conversion = conversion;
    }

    record TransliterateRequest(String text, String from, String to) {
    }

    record TransliterateResponse(String text, String from, String to) {
    }

    @PostMapping(path = "/transliterate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Convert text between scripts",
            description = "uz-Latn (or uz) ↔ uz-Cyrl, and kk (kk-Cyrl) → kk-Latn (2021 alphabet).")
    TransliterateResponse transliterate(@RequestBody TransliterateRequest request) {
        if (request.text() == null) {
            throw new IllegalArgumentException("text is required");
        }
        return new TransliterateResponse(conversion.convert(request.text(), request.from(), request.to()),
                request.from(), request.to());
    }
}
