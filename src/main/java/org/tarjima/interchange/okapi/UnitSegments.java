package org.tarjima.interchange.okapi;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.ISegmenter;
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

    /** Splits the unit's source into segments (on the unit itself) and returns those kept, in order. */
    static List<Segment> kept(ITextUnit unit, ISegmenter sentences) {
        TextContainer source = unit.getSource();
        sentences.computeSegments(source);
        source.getSegments().create(sentences.getRanges());
        List<Segment> kept = new ArrayList<>();
        for (Segment segment : source.getSegments()) {
            if (hasWords(OkapiFragments.toInlineText(segment.getContent()))) {
                kept.add(segment);
            }
        }
        return kept;
    }

    static boolean hasWords(InlineText text) {
        return text.plainText().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
