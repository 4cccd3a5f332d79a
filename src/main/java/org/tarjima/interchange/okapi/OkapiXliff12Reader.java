package org.tarjima.interchange.okapi;

import org.tarjima.interchange.xliff.CheckedXliff;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.xliff.XliffHeader;
import org.tarjima.interchange.xliff.XliffReader;
import org.tarjima.interchange.XliffSource;
import org.tarjima.interchange.xliff.XliffStates;
import org.tarjima.translation.TargetState;
import org.tarjima.interchange.xliff.XliffTextUnit;
import org.tarjima.interchange.xliff.XliffUnit;

/**
 * Reads XLIFF 1.x trans-units with Okapi's XLIFF filter. Only called on files that passed
 * {@link org.tarjima.interchange.xliff.XliffPrecheck}, so no DTD or entity reaches Okapi's parser.
 */
@Component
class OkapiXliff12Reader implements XliffReader {

    @Override
    public boolean reads(String version) {
        return version.startsWith("1.");
    }

    @Override
    public void read(XliffSource file, XliffHeader header, Consumer<XliffUnit> each) {
        LocaleId target = targetOf(header);
        stream(file, header, event -> {
            if (event.isTextUnit()) {
                each.accept(unit(event.getTextUnit(), target));
            }
        });
    }

    /** Okapi's filter pulls events from the stream one by one; nothing keeps the whole file. */
    private static void stream(XliffSource file, XliffHeader header, Consumer<Event> each) {
        LocaleId source = LocaleId.fromBCP47(header.sourceLocale());
        try (InputStream in = file.open(); XLIFFFilter filter = new XLIFFFilter()) {
            // The file reaches Okapi as UTF-8: CheckedXliff rewrites any other encoding.
            FilterCalls.refusing("The XLIFF file", () -> {
                filter.open(new RawDocument(in, "UTF-8", source, targetOf(header)));
                return null;
            });
            while (FilterCalls.refusing("The XLIFF file", filter::hasNext)) {
                each.accept(FilterCalls.refusing("The XLIFF file", filter::next));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocaleId targetOf(XliffHeader header) {
        return header.targetLocale() == null ? LocaleId.EMPTY : LocaleId.fromBCP47(header.targetLocale());
    }

    @Override
    public void readDocument(XliffSource file, XliffHeader header, java.util.function.Consumer<XliffTextUnit> each) {
        LocaleId target = targetOf(header);
        String[] currentFile = {null};
        java.util.Deque<String> groups = new java.util.ArrayDeque<>();
        stream(file, header, event -> {
            if (event.isStartSubDocument()) {
                currentFile[0] = event.getStartSubDocument().getName();
            } else if (event.isStartGroup()) {
                String name = event.getStartGroup().getName();
                groups.addLast(name != null && !name.isBlank() ? name : event.getStartGroup().getId());
            } else if (event.isEndGroup() && !groups.isEmpty()) {
                groups.removeLast();
            } else if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                each.accept(textUnit(event.getTextUnit(), target, currentFile[0], List.copyOf(groups)));
            }
        });
    }

    private static XliffTextUnit textUnit(ITextUnit tu, LocaleId target, String file, List<String> groups) {
        List<InlineText> sources = new ArrayList<>();
        List<InlineText> targets = new ArrayList<>();
        TextContainer content = tu.getTarget(target);
        if (segmentsLineUp(tu.getSource(), content)) {
            for (Segment segment : tu.getSource().getSegments()) {
                sources.add(OkapiFragments.fromXliff(segment.getContent()));
                Segment translated = content == null ? null : content.getSegments().get(segment.getId());
                targets.add(translated == null ? InlineText.empty() : OkapiFragments.fromXliff(translated.getContent()));
            }
        } else {
            // Okapi dropped a <seg-source> that differs from <source> (whitespace between the <mrk>s, a double space):
            // the target's segments then match none of the source's. The unit is one segment; no text is dropped.
            sources.add(OkapiFragments.fromXliff(tu.getSource().getUnSegmentedContentCopy()));
            targets.add(OkapiFragments.fromXliff(content.getUnSegmentedContentCopy()));
        }
        String state = stateOf(content);
        boolean approved = isApproved(tu, target);
        List<TargetState> states = targets.stream()
                .map(text -> XliffStates.fromXliff12(state, approved, !text.isBlank())).toList();
        return new XliffTextUnit(file, groups, tu.getId(), sources, targets, states, notes(tu));
    }

    /**
     * Whether every target segment has a source segment of the same id, so that pairing them by id loses nothing
     * (a unit without a target, or whose target is not segmented, lines up trivially).
     */
    private static boolean segmentsLineUp(TextContainer source, TextContainer target) {
        if (target == null) {
            return true;
        }
        for (Segment segment : target.getSegments()) {
            if (source.getSegments().get(segment.getId()) == null && !segment.getContent().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String stateOf(TextContainer content) {
        Property state = content == null ? null : content.getProperty(Property.STATE);
        return state == null ? null : state.getValue();
    }

    private static boolean isApproved(ITextUnit tu, LocaleId target) {
        Property approved = tu.getTargetProperty(target, Property.APPROVED);
        return approved != null && "yes".equals(approved.getValue());
    }

    private static List<String> notes(ITextUnit tu) {
        List<String> notes = new ArrayList<>();
        NoteAnnotation annotation = tu.getAnnotation(NoteAnnotation.class);
        if (annotation != null) {
            for (Note note : annotation) {
                notes.add(note.getNoteText());
            }
        }
        return notes;
    }

    private static XliffUnit unit(ITextUnit tu, LocaleId target) {
        InlineText source = OkapiFragments.fromXliff(tu.getSource().getUnSegmentedContentCopy());
        TextContainer content = tu.getTarget(target);
        InlineText text = content == null ? InlineText.empty()
                : OkapiFragments.fromXliff(content.getUnSegmentedContentCopy());
        TargetState state = XliffStates.fromXliff12(stateOf(content), isApproved(tu, target), !text.isBlank());
        return new XliffUnit(tu.getId(), source, text, state, notes(tu));
    }
}
