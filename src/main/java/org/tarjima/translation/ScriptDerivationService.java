package org.tarjima.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tarjima.base.text.InlineText;
import org.tarjima.locale.ScriptConversion;

/**
 * Fills one script of a language from the other: a segment on demand, or a whole locale (e.g. uz-Cyrl
 * from approved uz, kk-Latn from approved kk). Derived targets are DRAFTs with origin TRANSLITERATION, so
 * the derived locale gets its own review and sign-off.
 */
@Service
public class ScriptDerivationService {

    private final TranslationService translations;
    private final ScriptConversion conversion;

    ScriptDerivationService(TranslationService translations, ScriptConversion conversion) {
        this.translations = translations;
        this.conversion = conversion;
    }

    /** Of the given project locales, the one a locale can be converted from (uz for uz-Cyrl, kk for kk-Latn…). */
    public Optional<String> sourceLocaleFor(String locale, List<String> projectLocales) {
        return projectLocales.stream().filter(other -> !other.equals(locale))
                .filter(other -> conversion.direction(other, locale).isPresent()).findFirst();
    }

    /** The other script's target of one segment, converted; empty when that target is empty. */
    @Transactional(readOnly = true)
    public Optional<InlineText> convertedSegment(long segmentId, String from, String to) {
        InlineText text = translations.target(segmentId, from).content();
        return text.isBlank() ? Optional.empty() : Optional.of(conversion.convert(text, from, to));
    }

    /**
     * Fills every NEW target of {@code to} whose {@code from} target is APPROVED; other targets are left
     * alone. One transaction.
     *
     * @return how many targets were filled
     */
    @Transactional
    public int deriveLocale(long documentId, String from, String to) {
        if (conversion.direction(from, to).isEmpty()) {
            throw new IllegalArgumentException("No script conversion from " + from + " to " + to);
        }
        Map<Long, SegmentRow> approved = new HashMap<>();
        translations.forEachRow(documentId, from, row -> {
            if (row.state() == TargetState.APPROVED) {
                approved.put(row.segmentId(), row);
            }
        });
        List<SegmentRow> open = new ArrayList<>();
        translations.forEachRow(documentId, to, row -> {
            if (row.state() == TargetState.NEW && approved.containsKey(row.segmentId())) {
                open.add(row);
            }
        });
        int filled = 0;
        for (SegmentRow row : open) {
            InlineText converted = conversion.convert(approved.get(row.segmentId()).target(), from, to);
            SaveResult result = translations.saveDraft(new TargetEdit(row.segmentId(), to, converted, row.version(),
                    Origin.TRANSLITERATION));
            if (result instanceof SaveResult.Saved) {
                filled++;
            }
        }
        return filled;
    }
}
