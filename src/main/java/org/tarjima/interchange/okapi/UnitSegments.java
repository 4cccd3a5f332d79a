package org.tarjima.interchange.okapi;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import org.tarjima.base.text.InlineText;

/**
 * A text unit's sentences as Tarjima keeps them: the source split with SRX, and only the sentences with a letter or
 * digit (a lone bullet or number sign is no segment). Reading an article and writing its translation both count
 * segments with this, so the n-th segment stored is the n-th segment found when writing.
 */
final class UnitSegments {

    private UnitSegments() {
    }

    /** A segment kept, with its text as stored (codes with their markup, whitespace at the ends trimmed). */
    record Kept(Segment segment, InlineText text) {
    }

    /** Splits the unit's source into segments (on the unit itself) and returns those kept, in order. */
    static List<Kept> kept(ITextUnit unit, ISegmenter sentences) {
        return kept(unit, sentences, null);
    }

    /** As {@link #kept(ITextUnit, ISegmenter)}, writing the ranges down for the translation to use. */
    static List<Kept> kept(ITextUnit unit, ISegmenter sentences, UnitSplits recording) {
        TextContainer source = unit.getSource();
        sentences.computeSegments(source);
        List<Range> ranges = sentences.getRanges();
        if (recording != null) {
            recording.record(ranges);
        }
        return kept(unit, ranges);
    }

    /** Splits the unit's source at ranges found before (by the import) and returns the segments kept, in order. */
    static List<Kept> kept(ITextUnit unit, List<Range> ranges) {
        TextContainer source = unit.getSource();
        source.getSegments().create(ranges);
        List<Kept> kept = new ArrayList<>();
        for (Segment segment : source.getSegments()) {
            InlineText text = OkapiFragments.toInlineText(segment.getContent());
            if (hasWords(text)) {
                kept.add(new Kept(segment, text));
            }
        }
        return kept;
    }

    static boolean hasWords(InlineText text) {
        return text.plainText().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
