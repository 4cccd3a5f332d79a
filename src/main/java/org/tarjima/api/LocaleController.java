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
import org.tarjima.spelling.Misspelling;
import org.tarjima.spelling.SpellingMethod;
import org.tarjima.spelling.SpellingService;

@RestController
@RequestMapping(path = "/api/locale", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Locale", description = "Locale helpers from ICU")
class LocaleController {

    private final ScriptConversion conversion;
    private final DatesAndNumbers datesAndNumbers;

    private final SpellingService spelling;

    LocaleController(ScriptConversion conversion, DatesAndNumbers datesAndNumbers, SpellingService spelling) {
        this.conversion = conversion;
        this.datesAndNumbers = datesAndNumbers;
        this.spelling = spelling;
    }

    /** @param projectId optional: the project whose word list and glossary count (the caller must see the locale) */
    record SpellcheckRequest(String text, String locale, Long projectId) {
    }

    @PostMapping(path = "/spellcheck", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Words the spelling check does not know, with suggestions",
            description = "Offsets are UTF-16 code units in the text. ru, kk and uz-Cyrl are checked with Hunspell "
                    + "dictionaries, uz (Latin) and kk-Latn through Cyrillic, other locales against the words of "
                    + "their approved translations. With projectId, that project's word list and glossary count.")
    java.util.List<Misspelling> spellcheck(@RequestBody SpellcheckRequest request) {
        if (request.text() == null || request.locale() == null) {
            throw new IllegalArgumentException("text and locale are required");
        }
        if (request.text().length() > MAX_SPELLCHECK_CHARS) {
            throw new IllegalArgumentException("text is longer than " + MAX_SPELLCHECK_CHARS + " characters");
        }
        return spelling.checkWithSuggestions(request.projectId(), request.locale(), request.text());
    }

    /** A segment or a paragraph; whole documents go through the QA report. */
    static final int MAX_SPELLCHECK_CHARS = 20_000;

    record SpellingMethodResponse(String locale, String kind, String dictionary) {
    }

    @org.springframework.web.bind.annotation.GetMapping("/spelling")
    @Operation(summary = "How a locale's spelling is checked",
            description = "kind: DICTIONARY, OTHER_SCRIPT (through the other script's dictionary) or LEARNED (from "
                    + "approved translations and word lists).")
    SpellingMethodResponse spellingMethod(@org.springframework.web.bind.annotation.RequestParam String locale) {
        SpellingMethod method = spelling.method(locale);
        return new SpellingMethodResponse(LocaleTag.canonical(locale), method.kind().name(), method.dictionary());
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
