package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.analysis.Analysis;
import org.tarjima.analysis.AnalysisService;
import org.tarjima.analysis.Counts;
import org.tarjima.analysis.LocaleAnalysis;
import org.tarjima.analysis.MatchBand;
import org.tarjima.analysis.RateCard;
import org.tarjima.analysis.RateCardService;
import org.tarjima.jobs.Progress;

@RestController
@Tag(name = "Analysis", description = "Match analysis against the TM for vendor quotes, and the rate cards that price it")
class AnalysisController {

    private final AnalysisService analyses;
    private final RateCardService cards;

    AnalysisController(AnalysisService analyses, RateCardService cards) {
        this.analyses = analyses;
        this.cards = cards;
    }

    /** A band's (or the repetitions', or the work done's) segments and words. */
    record BandJson(String band, int segments, int words) {
    }

    record CountsJson(int segments, int words) {
        static CountsJson of(Counts counts) {
            return new CountsJson(counts.segments(), counts.words());
        }
    }

    /** @param cost null for a user who may not see costs */
    record LocaleAnalysisJson(String locale, List<BandJson> bands, CountsJson repetitions, CountsJson alreadyDone,
                              BigDecimal weightedWords, LocaleAnalysis.Cost cost) {
        static LocaleAnalysisJson of(LocaleAnalysis analysis) {
            return new LocaleAnalysisJson(analysis.locale(), analysis.bands().entrySet().stream()
                    .map(e -> new BandJson(e.getKey().label(), e.getValue().segments(), e.getValue().words())).toList(),
                    CountsJson.of(analysis.repetitions()), CountsJson.of(analysis.alreadyDone()), analysis.weightedWords(),
                    analysis.cost());
        }
    }

    @GetMapping(path = "/api/documents/{id}/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Match analysis of a document: a list, one entry per locale",
            description = "locale may be given several times (none: every target locale of the project). Bands 101 "
                    + "(context), 100, 95-99, 85-94, 75-84, 50-74 and none count segments not yet translated by their best "
                    + "TM match now; a source met again counts as a repetition; TRANSLATED and APPROVED segments are "
                    + "alreadyDone. cost is null unless the user may see costs.")
    List<LocaleAnalysisJson> document(@PathVariable long id, @RequestParam(name = "locale", required = false) List<String> locales) {
        return json(analyses.analyzeDocument(id, locales == null ? List.of() : locales, Progress.NONE));
    }

    @GetMapping(path = "/api/projects/{id}/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Match analysis of every document of a project: a list, one entry per locale",
            description = "As for a document; repetitions are counted across the project's documents.")
    List<LocaleAnalysisJson> project(@PathVariable long id, @RequestParam(name = "locale", required = false) List<String> locales) {
        return json(analyses.analyzeProject(id, List.of(), locales == null ? List.of() : locales, Progress.NONE));
    }

    private static List<LocaleAnalysisJson> json(Analysis analysis) {
        return analysis.locales().stream().map(LocaleAnalysisJson::of).toList();
    }

    /**
     * A rate card: the price per new word, its currency (ISO 4217), the percentage per band ({@code "101"}, {@code
     * "100"}, {@code "95-99"}, {@code "85-94"}, {@code "75-84"}, {@code "50-74"}, {@code "none"}) and for repetitions.
     *
     * @param own         (project cards) whether the project has a card of its own, not the global default
     * @param costsShared (project cards) whether translators and reviewers see costs; null on PUT leaves it
     */
    record RateCardJson(BigDecimal pricePerWord, String currency, Map<String, Integer> percent, Integer repetitions,
                        Boolean own, Boolean costsShared) {
        static RateCardJson of(RateCard card, Boolean own, Boolean shared) {
            Map<String, Integer> percent = new LinkedHashMap<>();
            card.percent().forEach((band, value) -> percent.put(band.label(), value));
            return new RateCardJson(card.pricePerWord(), card.currency(), percent, card.repetitionsPercent(), own, shared);
        }

        RateCard card() {
            if (percent == null || repetitions == null) {
                throw new IllegalArgumentException("A rate card needs pricePerWord, currency, percent for every band and "
                        + "repetitions");
            }
            Map<MatchBand, Integer> bands = new EnumMap<>(MatchBand.class);
            percent.forEach((label, value) -> bands.put(MatchBand.ofLabel(label), value));
            return new RateCard(null, pricePerWord, currency, bands, repetitions);
        }
    }

    @GetMapping(path = "/api/projects/{id}/rate-card", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The rate card that prices the project's analyses (its own, else the global default)",
            description = "Managers, and translators and reviewers when the manager shares costs with them.")
    RateCardJson projectCard(@PathVariable long id) {
        RateCard card = cards.projectCard(id);
        return RateCardJson.of(card, card.projectId() != null, cards.costsShared(id));
    }

    @PutMapping(path = "/api/projects/{id}/rate-card", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the project's own rate card, and whether its translators and reviewers see costs; managers only")
    RateCardJson setProjectCard(@PathVariable long id, @RequestBody RateCardJson request) {
        if (request == null) {
            throw new IllegalArgumentException("Send a rate card");
        }
        RateCard saved = cards.setProjectCard(id, request.card());
        if (request.costsShared() != null) {
            cards.shareCosts(id, request.costsShared());
        }
        return RateCardJson.of(saved, true, cards.costsShared(id));
    }

    @DeleteMapping("/api/projects/{id}/rate-card")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Drop the project's own rate card: the global default prices it from now on; managers only")
    void useGlobalCard(@PathVariable long id) {
        cards.useGlobalCard(id);
    }

    @GetMapping(path = "/api/rate-card", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The global default rate card; admins only")
    RateCardJson globalCard() {
        return RateCardJson.of(cards.globalCard(), null, null);
    }

    @PutMapping(path = "/api/rate-card", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the global default rate card; admins only")
    RateCardJson setGlobalCard(@RequestBody RateCardJson request) {
        if (request == null) {
            throw new IllegalArgumentException("Send a rate card");
        }
        return RateCardJson.of(cards.setGlobalCard(request.card()), null, null);
    }
}
