package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tarjima.base.text.InlineMarkers;
import org.tarjima.interchange.XliffSource;
import org.tarjima.memory.ConcordanceHit;
import org.tarjima.memory.ConcordanceSide;
import org.tarjima.memory.DiffRun;
import org.tarjima.memory.MatchKind;
import org.tarjima.memory.Pretranslator;
import org.tarjima.memory.TmMatch;
import org.tarjima.memory.TmPair;
import org.tarjima.memory.TmxService;
import org.tarjima.memory.TranslationMemory;
import org.tarjima.translation.TargetState;

@RestController
@Tag(name = "Translation memory", description = "Matches, concordance, TMX and pre-translation; texts as markers <1>…</1>, <2/>")
class TmController {

    private final TranslationMemory memory;
    private final TmxService tmx;
    private final Pretranslator pretranslator;

    TmController(TranslationMemory memory, TmxService tmx, Pretranslator pretranslator) {
        this.memory = memory;
        this.tmx = tmx;
        this.pretranslator = pretranslator;
    }

    /**
     * @param target       the match's target carried over to the query's codes, ready to insert
     * @param storedTarget the target as stored in the TM
     * @param diff         the match's source in runs; changed runs differ from the query
     */
    record MatchJson(int score, MatchKind kind, String source, String target, String storedTarget, int codesDropped,
                     List<DiffRun> diff, TargetState state, Long projectId, String project, Long documentId,
                     String document, String updatedBy, Instant updatedAt) {
        static MatchJson of(TmMatch m) {
            return new MatchJson(m.score(), m.kind(), InlineMarkers.write(m.source()), InlineMarkers.write(m.insertable()),
                    InlineMarkers.write(m.target()), m.codesDropped(), m.sourceDiff(), m.state(), m.projectId(),
                    m.projectName(), m.documentId(), m.documentName(), m.updatedBy(), m.updatedAt());
        }
    }

    @GetMapping(path = "/api/tm/matches", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "TM matches for a source text, best first",
            description = "kind CONTEXT (101), EXACT (100) or FUZZY (score 70–99); approved before translated at equal score. "
                    + "Anyone with a role for the target locale in some project may search the shared TM.")
    List<MatchJson> matches(@RequestParam String source, @RequestParam String sourceLocale, @RequestParam String targetLocale,
                            @RequestParam(defaultValue = "5") int limit) {
        return memory.matches(InlineMarkers.read(source), sourceLocale, targetLocale, limit).stream().map(MatchJson::of).toList();
    }

    record HitJson(long id, String source, String target, TargetState state, String project, String document,
                   String updatedBy, Instant updatedAt) {
        static HitJson of(ConcordanceHit h) {
            return new HitJson(h.unitId(), InlineMarkers.write(h.source()), InlineMarkers.write(h.target()), h.state(),
                    h.projectName(), h.documentName(), h.updatedBy(), h.updatedAt());
        }
    }

    record ConcordanceJson(List<HitJson> hits, boolean more) {
    }

    @GetMapping(path = "/api/tm/concordance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "TM units whose source or target contains a word or phrase, longer sources first, then newest",
            description = "Case-insensitive, whole words. side: SOURCE, TARGET or BOTH (default). more: another page follows.")
    ConcordanceJson concordance(@RequestParam String q, @RequestParam String sourceLocale, @RequestParam String targetLocale,
                                @RequestParam(defaultValue = "BOTH") ConcordanceSide side,
                                @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "20") int limit) {
        TranslationMemory.ConcordancePage page = memory.concordance(q, sourceLocale, targetLocale, side, offset, limit);
        return new ConcordanceJson(page.hits().stream().map(HitJson::of).toList(), page.more());
    }

    @GetMapping(path = "/api/tm/pairs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The language pairs of the TM with their unit counts (units, approved)",
            description = "Only pairs whose target locale the caller may search.")
    List<TmPair> pairs() {
        return memory.pairs();
    }

    @DeleteMapping("/api/tm/units/{unitId}")
    @Operation(summary = "Delete one TM unit (managers of its project and admins; any manager for a unit from TMX)",
            description = "A unit fed by a target returns when that target is confirmed or approved again.")
    ResponseEntity<Void> deleteUnit(@PathVariable long unitId) {
        memory.deleteUnit(unitId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/tm/tmx", produces = "application/x-tmx+xml")
    @Operation(summary = "Export a language pair of the TM as TMX 1.4b (admins and managers)")
    ResponseEntity<InputStreamResource> exportTmx(@RequestParam String sourceLocale, @RequestParam String targetLocale,
                                                  @RequestParam(defaultValue = "false") boolean approvedOnly) throws IOException {
        TmxService.ExportedTmx exported = tmx.exportTmxFile(sourceLocale, targetLocale, approvedOnly);
        Path file = exported.file();
        InputStream in = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public void close() throws IOException {
                super.close();
                Files.deleteIfExists(file);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-tmx+xml"))
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(exported.fileName()).build().toString())
                .body(new InputStreamResource(in));
    }

    @PostMapping(path = "/api/tm/tmx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a TMX file into a language pair of the TM (admins and managers)",
            description = "sourceLocale defaults to the file's srclang; units already in the TM are not added twice.")
    TmxService.TmxImportReport importTmx(@RequestParam("file") MultipartFile file,
                                         @RequestParam(required = false) String sourceLocale,
                                         @RequestParam String targetLocale) {
        return tmx.importTmx(upload(file), sourceLocale, targetLocale);
    }

    @PostMapping(path = "/api/documents/{documentId}/locales/{locale}/pretranslate", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fill a document's NEW targets in one locale from 100 % TM matches",
            description = "state: DRAFT (default) or TRANSLATED. Each fill is a save with origin TM, in the history.")
    Pretranslator.Pretranslation pretranslate(@PathVariable long documentId, @PathVariable String locale,
                                              @RequestParam(defaultValue = "DRAFT") TargetState state) {
        return pretranslator.pretranslate(documentId, locale, state);
    }

    /** The upload as Spring keeps it (on disk), read as a stream each time. */
    private static XliffSource upload(MultipartFile file) {
        return new XliffSource() {
            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }

            @Override
            public long size() {
                return file.getSize();
            }
        };
    }
}
