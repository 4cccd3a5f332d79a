package org.tarjima.interchange.okapi;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Range;

/**
 * The SRX ranges of every text unit of an article, in the order the filter reports the units: written down at import
 * ({@link #record}), stored with the document, and given back when the translation is written ({@link #next}), so
 * that the download splits each unit exactly as the import did without running SRX again. The text form is compact:
 * units separated by ';', a unit's ranges by ',', a range as "start-end" in the unit's coded text.
 */
final class UnitSplits {

    private final StringBuilder recorded = new StringBuilder();
    private final List<List<Range>> stored;
    private int units;
    private int next;

    private UnitSplits(List<List<Range>> stored) {
        this.stored = stored;
    }

    static UnitSplits recording() {
        return new UnitSplits(null);
    }

    /**
     * The ranges written down at import.
     *
     * @throws IllegalArgumentException when the text is not in this form
     */
    static UnitSplits replaying(String encoded) {
        List<List<Range>> units = new ArrayList<>();
        for (String unit : encoded.split(";", -1)) {
            List<Range> ranges = new ArrayList<>();
            if (!unit.isEmpty()) {
                for (String range : unit.split(",")) {
                    int dash = range.indexOf('-');
                    ranges.add(new Range(Integer.parseInt(range.substring(0, dash)), Integer.parseInt(range.substring(dash + 1))));
                }
            }
            units.add(ranges);
        }
        return new UnitSplits(units);
    }

    void record(List<Range> ranges) {
        if (units++ > 0) {
            recorded.append(';');
        }
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                recorded.append(',');
            }
            recorded.append(ranges.get(i).start).append('-').append(ranges.get(i).end);
        }
    }

    String encoded() {
        return recorded.toString();
    }

    /** The next unit's ranges; null when the import recorded fewer units than the file has now. */
    List<Range> next() {
        return next < stored.size() ? stored.get(next++) : null;
    }

    /** Whether every recorded unit was given back. */
    boolean exhausted() {
        return next == stored.size();
    }
}
