package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.spelling.DictionaryWord;
import org.tarjima.spelling.SpellingService;

/** A project's word lists for the spelling check, per target locale, and the global list managers promote to. */
@RestController
@RequestMapping(path = "/api/projects/{projectId}/dictionary", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Spelling", description = "Word lists of the spelling check")
class DictionaryController {

    private final SpellingService spelling;

    DictionaryController(SpellingService spelling) {
        this.spelling = spelling;
    }

    @GetMapping
    @Operation(summary = "The project's words and the global ones in a locale")
    List<DictionaryWord> words(@PathVariable long projectId, @RequestParam String locale) {
        return spelling.words(projectId, locale);
    }

    /** @param global put the word on the list every project shares (managers of the project only) */
    record AddWord(String locale, String word, boolean global) {
    }

    record Added(String word, boolean added) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a word (anyone who sees the locale; global: managers)",
            description = "201 when the word is new on the list, 200 when it was there already.")
    ResponseEntity<Added> add(@PathVariable long projectId, @RequestBody AddWord request) {
        if (request.locale() == null || request.word() == null) {
            throw new IllegalArgumentException("locale and word are required");
        }
        boolean added = request.global() ? spelling.promoteWord(projectId, request.locale(), request.word())
                : spelling.addWord(projectId, request.locale(), request.word());
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Added(request.word().strip(), added));
    }

    @DeleteMapping
    @Operation(summary = "Take a word off the project's list, or with global=true off the global one (managers)")
    ResponseEntity<Void> remove(@PathVariable long projectId, @RequestParam String locale, @RequestParam String word,
                                @RequestParam(defaultValue = "false") boolean global) {
        return spelling.removeWord(projectId, locale, word, global) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }
}
