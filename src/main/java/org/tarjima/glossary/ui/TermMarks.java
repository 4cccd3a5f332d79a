package org.tarjima.glossary.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tarjima.glossary.terms.TermHit;
import org.tarjima.glossary.terms.TermSpan;
import org.tarjima.glossary.TermTranslation;

/**
 * Where the glossary terms are in a source text, for {@code <tarjima-inline-text>} to mark them: the occurrences of
 * all hits, overlapping ones merged into one mark (a term inside a longer one), each mark with the hit a click
 * inserts and a title that lists what the glossary says. Sent as JSON text; the browser sets it as text only.
 */
public final class TermMarks {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One mark: {@code text.substring(start, end)} of the plain source text.
     *
     * @param hit       the hit a click inserts, 1-based as listed in the hits panel
     * @param forbidden one of the marked terms has a translation that must not be used
     */
    public record Mark(int start, int end, int hit, String title, boolean forbidden) {
    }

    /** The view's message bundles: {@code Component::getTranslation}. */
    @FunctionalInterface
    public interface Messages {
        String get(String key, Object... arguments);
    }

    private TermMarks() {
    }

    /**
     * @param hits     the hits in their listed (numbered) order
     * @param messages translates the titles (the view showing them)
     */
    public static List<Mark> of(List<TermHit> hits, Messages messages) {
        record Occurrence(TermSpan span, int hit) {
        }
        List<Occurrence> all = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            for (TermSpan span : hits.get(i).occurrences()) {
                all.add(new Occurrence(span, i + 1));
            }
        }
        // By start, the longest first: the first occurrence of a merged mark is its most specific term.
        all.sort(Comparator.<Occurrence>comparingInt(o -> o.span().start()).thenComparingInt(o -> -o.span().end()));
        List<Mark> marks = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            Occurrence first = all.get(i);
            int end = first.span().end();
            TreeSet<Integer> marked = new TreeSet<>();
            while (i < all.size() && all.get(i).span().start() < end) {
                end = Math.max(end, all.get(i).span().end());
                marked.add(all.get(i).hit());
                i++;
            }
            List<TermHit> inMark = marked.stream().map(n -> hits.get(n - 1)).toList();
            String title = marked.stream().map(n -> describe(n, hits.get(n - 1), messages))
                    .collect(Collectors.joining("\n"));
            marks.add(new Mark(first.span().start(), end, first.hit(), title,
                    inMark.stream().anyMatch(hit -> !hit.forbidden().isEmpty())));
        }
        return marks;
    }

    /** The marks as the JSON {@code <tarjima-inline-text>} reads: {@code [{"start":0,"end":6,"hit":1,...}]}. */
    public static String json(List<Mark> marks) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Mark mark : marks) {
            ObjectNode node = array.addObject();
            node.put("start", mark.start());
            node.put("end", mark.end());
            node.put("hit", mark.hit());
            node.put("title", mark.title());
            node.put("forbidden", mark.forbidden());
        }
        return array.toString();
    }

    private static String describe(int number, TermHit hit, Messages messages) {
        StringBuilder line = new StringBuilder();
        if (!hit.translations().isEmpty()) {
            line.append(messages.get("glossary.mark.translations", hit.sourceTerm(),
                    hit.translations().stream().map(TermTranslation::term).collect(Collectors.joining(", "))));
        } else if (hit.doNotTranslate()) {
            line.append(messages.get("glossary.mark.keep", hit.sourceTerm()));
        } else {
            line.append(messages.get("glossary.mark.none", hit.sourceTerm()));
        }
        if (number <= GlossaryHitsPanel.NUMBERED && hit.insertion() != null) {
            line.append(' ').append(messages.get("glossary.mark.shortcut", number));
        }
        if (!hit.forbidden().isEmpty()) {
            line.append('\n').append(messages.get("glossary.mark.forbidden",
                    hit.forbidden().stream().map(TermTranslation::term).collect(Collectors.joining(", "))));
        }
        return line.toString();
    }
}
