package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.base.i18n.MessageBundles;
import org.tarjima.qa.QaIgnore;
import org.tarjima.qa.QaReport;
import org.tarjima.qa.QaResult;
import org.tarjima.qa.QaService;
import org.tarjima.qa.QaSettings;
import org.tarjima.translation.TranslationService;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "QA", description = "QA findings of a document's targets; errors block the sign-off, warnings can be ignored with a reason")
class QaController {

    private final QaService qa;
    private final TranslationService translations;
    private final MessageBundles messages;

    QaController(QaService qa, TranslationService translations, MessageBundles messages) {
        this.qa = qa;
        this.translations = translations;
        this.messages = messages;
    }

    record FindingJson(long segmentId, int ordinal, String checkId, String severity, String messageKey, List<String> arguments,
                       String message, Integer start, Integer end, boolean ignored, String ignoredReason, String ignoredBy,
                       Instant ignoredAt, boolean fixable) {
    }

    record ReportJson(long documentId, String locale, int checkedSegments, int errors, int warnings, int ignored,
                      List<FindingJson> findings) {
    }

    record IgnoreRequest(String reason) {
    }

    record IgnoreJson(long segmentId, String locale, String checkId, int targetVersion, String reason, String ignoredBy,
                      Instant ignoredAt) {
        static IgnoreJson of(QaIgnore i) {
            return new IgnoreJson(i.segmentId(), i.locale(), i.checkId(), i.targetVersion(), i.reason(), i.ignoredBy(), i.ignoredAt());
        }
    }

    @GetMapping("/api/documents/{documentId}/qa")
    @Operation(summary = "QA findings of every target of the document in one locale, in document order",
            description = "Messages in the language of Accept-Language (one of en, ru, kk, ky, tg, tk, uz, uz-Cyrl; English "
                    + "otherwise). start/end are offsets in the target's plain text where known. "
                    + "errors counts the findings that block the sign-off.")
    ReportJson report(@PathVariable long documentId, @RequestParam String locale,
                      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        QaReport report = qa.report(documentId, locale);
        Locale language = language(acceptLanguage);
        List<FindingJson> findings = report.results().stream().map(r -> json(r, language)).toList();
        return new ReportJson(report.documentId(), report.locale(), report.checkedSegments(), report.errors(),
                report.openWarnings(), report.ignored(), findings);
    }

    @PostMapping(path = "/api/documents/{documentId}/segments/{segmentId}/targets/{locale}/qa/{checkId}/ignore",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark a warning of the stored target as ignored, with a reason",
            description = "Only warnings can be ignored (errors are refused with 422); the mark holds while the target reads "
                    + "the same and is kept with who and when. Needs the translate or review permission for the locale.")
    IgnoreJson ignore(@PathVariable long documentId, @PathVariable long segmentId, @PathVariable String locale,
                      @PathVariable String checkId, @RequestBody IgnoreRequest request) {
        if (translations.documentOf(segmentId).filter(d -> d == documentId).isEmpty()) {
            throw new NoSuchElementException("Segment " + segmentId + " is not in document " + documentId);
        }
        return IgnoreJson.of(qa.ignore(segmentId, locale, checkId, request == null ? null : request.reason()));
    }

    record SettingsJson(Integer lengthLimit, List<String> identicalAllowed) {
        static SettingsJson of(QaSettings settings) {
            return new SettingsJson(settings.lengthLimit(), settings.identicalAllowed().stream().sorted().toList());
        }
    }

    record LengthLimitRequest(Integer lengthLimit) {
    }

    record AllowedTextRequest(String text) {
    }

    @GetMapping("/api/documents/{documentId}/qa/settings")
    @Operation(summary = "The document's QA settings: its length limit and the project's texts that may stay untranslated")
    SettingsJson settings(@PathVariable long documentId) {
        return SettingsJson.of(qa.settings(documentId));
    }

    @PutMapping(path = "/api/documents/{documentId}/qa/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the most characters a target of the document may have (null: no limit); managers only")
    SettingsJson setLengthLimit(@PathVariable long documentId, @RequestBody LengthLimitRequest request) {
        qa.setLengthLimit(documentId, request == null ? null : request.lengthLimit());
        return SettingsJson.of(qa.settings(documentId));
    }

    @PostMapping(path = "/api/projects/{projectId}/qa/identical-allowed", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Let a text (a name, a brand) stay untranslated in the project; managers only")
    ResponseEntity<Void> allowIdentical(@PathVariable long projectId, @RequestBody AllowedTextRequest request) {
        qa.allowIdentical(projectId, request == null ? null : request.text());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/projects/{projectId}/qa/identical-allowed")
    @Operation(summary = "Take a text off the project's list of texts that may stay untranslated; managers only")
    ResponseEntity<Void> disallowIdentical(@PathVariable long projectId, @RequestParam String text) {
        qa.disallowIdentical(projectId, text);
        return ResponseEntity.noContent().build();
    }

    private FindingJson json(QaResult result, Locale language) {
        var f = result.finding();
        var ignore = result.ignored();
        return new FindingJson(result.segmentId(), result.ordinal(), f.checkId(), f.severity().name(), f.messageKey(),
                f.arguments(), messages.getTranslation(f.messageKey(), language, f.arguments().toArray()),
                f.hasPlace() ? f.start() : null, f.hasPlace() ? f.end() : null, ignore.isPresent(),
                ignore.map(QaIgnore::reason).orElse(null), ignore.map(QaIgnore::ignoredBy).orElse(null),
                ignore.map(QaIgnore::ignoredAt).orElse(null), f.fix().isPresent());
    }

    private static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), MessageBundles.UI_LOCALES);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}
