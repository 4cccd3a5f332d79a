package org.tarjima.interchange.okapi;

import org.tarjima.base.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.xliff.XliffHeader;
import org.tarjima.interchange.xliff.XliffReader;
import org.tarjima.interchange.XliffSource;
import org.tarjima.interchange.xliff.XliffStates;
import org.tarjima.interchange.xliff.XliffTextUnit;
import org.tarjima.interchange.xliff.XliffUnit;
import org.tarjima.translation.TargetState;

/**
 * Reads XLIFF 2.x with okapi-lib-xliff2's reader (which also checks the specification's constraints,
 * e.g. unique segment ids). Only called on files that passed the precheck.
 */
@Component
class OkapiXliff2Reader implements XliffReader {

    @Override
    public boolean reads(String version) {
        return version.startsWith("2.");
    }

    @Override
    public void read(XliffSource file, XliffHeader header, Consumer<XliffUnit> each) {
        stream(file, header, unit -> {
            // Tarjima's own files have one segment per unit; other segmentations are joined into one text.
            List<InlineText.Part> source = new ArrayList<>();
            List<InlineText.Part> target = new ArrayList<>();
            unit.sources().forEach(s -> source.addAll(s.parts()));
            unit.targets().forEach(t -> target.addAll(t.parts()));
            InlineText text = new InlineText(target).normalized();
            TargetState state = unit.states().isEmpty() ? TargetState.NEW : unit.states().get(0);
            each.accept(new XliffUnit(unit.id(), new InlineText(source).normalized(), text,
                    text.isBlank() ? TargetState.NEW : state, unit.notes()));
        });
    }

    @Override
    public void readDocument(XliffSource file, XliffHeader header, Consumer<XliffTextUnit> each) {
        stream(file, header, each);
    }

    /** Streams the units of every file; lib-xliff2 reads the stream event by event. */
    private static void stream(XliffSource file, XliffHeader header, Consumer<XliffTextUnit> each) {
        String currentFile = null;
        String lastUnit = null;
        java.util.Deque<String> groups = new java.util.ArrayDeque<>();
        try (InputStream in = file.open(); XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MINIMAL)) {
            guarded(() -> {
                reader.open(in);
                return null;
            }, null);
            while (guarded(reader::hasNext, lastUnit)) {
                Event event = guarded(reader::next, lastUnit);
                if (event.isStartFile()) {
                    currentFile = event.getStartFileData().getOriginal() != null
                            ? event.getStartFileData().getOriginal() : event.getStartFileData().getId();
                } else if (event.isStartGroup()) {
                    String name = event.getStartGroupData().getName();
                    groups.addLast(name != null && !name.isBlank() ? name : event.getStartGroupData().getId());
                } else if (event.isEndGroup() && !groups.isEmpty()) {
                    groups.removeLast();
                } else if (event.isUnit()) {
                    lastUnit = event.getUnit().getId();
                    if (event.getUnit().getTranslate()) {
                        each.accept(textUnit(event.getUnit(), currentFile, List.copyOf(groups)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A call of the reader. lib-xliff2 reports a broken rule as an {@link XLIFFException}, but some faults of a
     * file as plain runtime exceptions (an unknown state value, odd content in a match): every one of them is a
     * refusal of the file, with the reason and where it was found, never a server error.
     */
    private static <T> T guarded(java.util.function.Supplier<T> call, String lastUnit) {
        try {
            return call.get();
        } catch (XLIFFException e) {
            throw new InterchangeException(lastUnit == null ? Message.of("refusal.breaksSpec", reasons(e))
                    : Message.of("refusal.breaksSpecAfterUnit", lastUnit, reasons(e)),
                    "The XLIFF 2 file breaks the specification" + after(lastUnit) + ": " + reasons(e), e);
        } catch (RuntimeException e) {
            throw new InterchangeException(lastUnit == null ? Message.of("refusal.unreadable", reasons(e))
                    : Message.of("refusal.unreadableAfterUnit", lastUnit, reasons(e)),
                    "The XLIFF 2 file cannot be read" + after(lastUnit) + ": " + reasons(e), e);
        }
    }

    private static String after(String lastUnit) {
        return lastUnit == null ? "" : " (after the unit '" + lastUnit + "')";
    }

    /** The reader wraps the actual rule broken in a "where" message: say both. */
    private static String reasons(Throwable error) {
        String first = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName() : error.getMessage().strip();
        StringBuilder message = new StringBuilder(first);
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage().strip())) {
                message.append(": ").append(cause.getMessage().strip());
            }
        }
        return message.toString();
    }

    private static XliffTextUnit textUnit(Unit unit, String file, List<String> groups) {
        Map<String, Integer> ids = new HashMap<>();
        List<InlineText> sources = new ArrayList<>();
        List<InlineText> targets = new ArrayList<>();
        List<TargetState> states = new ArrayList<>();
        for (Segment segment : unit.getSegments()) {
            sources.add(Xliff2Fragments.read(segment.getSource(), ids));
            Fragment target = segment.hasTarget() ? segment.getTarget() : null;
            InlineText text = target == null ? InlineText.empty() : Xliff2Fragments.read(target, ids);
            targets.add(text);
            String state = segment.getState() == null ? null : segment.getState().toString();
            states.add(XliffStates.fromXliff2(state, segment.getSubState(), !text.isBlank()));
        }
        List<String> notes = new ArrayList<>();
        for (Note note : unit.getNotes()) {
            notes.add(note.getText());
        }
        return new XliffTextUnit(file, groups, unit.getId(), sources, targets, states, notes);
    }
}
