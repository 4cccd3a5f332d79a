package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.base.LocaleTag;
import org.tarjima.locale.DatesAndNumbers;
import org.tarjima.locale.LocalizedValue;
import org.tarjima.locale.ScriptConversion;

@RestController
@RequestMapping(path = "/api/locale", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Locale", description = "Locale helpers from ICU")
class LocaleController {

    private final ScriptConversion conversion;
    private final DatesAndNumbers datesAndNumbers;

    LocaleController(ScriptConversion conversion, DatesAndNumbers datesAndNumbers) {
        this.conversion = conversion;
        this.datesAndNumbers = datesAndNumbers;
    }

    record LocalizeRequest(String text, String sourceLocale, String targetLocale) {
    }

    @PostMapping(path = "/localize", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Dates and numbers in a text, rendered in the target locale",
            description = "Recognised with ICU parsing in the source locale; rendered with ICU DateFormat LONG and NumberFormat.")
    java.util.List<LocalizedValue> localize(@RequestBody LocalizeRequest request) {
        if (request.text() == null || request.sourceLocale() == null || request.targetLocale() == null) {
            throw new IllegalArgumentException("text, sourceLocale and targetLocale are required");
        }
        return datesAndNumbers.localize(request.text(), LocaleTag.canonical(request.sourceLocale()),
                LocaleTag.canonical(request.targetLocale()));
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
