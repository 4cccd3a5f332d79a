package org.tarjima.interchange.okapi;

import java.io.ByteArrayInputStream;
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
import org.tarjima.interchange.XliffHeader;
import org.tarjima.interchange.XliffReader;
import org.tarjima.interchange.XliffStates;
import org.tarjima.interchange.XliffTextUnit;
import org.tarjima.interchange.XliffUnit;
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
    public List<XliffUnit> read(byte[] file, XliffHeader header) {
        List<XliffUnit> units = new ArrayList<>();
        for (XliffTextUnit unit : readDocument(file, header)) {
            // Tarjima's own files have one segment per unit; other segmentations are joined into one text.
            List<InlineText.Part> source = new ArrayList<>();
            List<InlineText.Part> target = new ArrayList<>();
            unit.sources().forEach(s -> source.addAll(s.parts()));
            unit.targets().forEach(t -> target.addAll(t.parts()));
            InlineText text = new InlineText(target).normalized();
            TargetState state = unit.states().isEmpty() ? TargetState.NEW : unit.states().get(0);
            units.add(new XliffUnit(unit.id(), new InlineText(source).normalized(), text,
                    text.isBlank() ? TargetState.NEW : state, unit.notes()));
        }
        return units;
    }

    @Override
    public List<XliffTextUnit> readDocument(byte[] file, XliffHeader header) {
        List<XliffTextUnit> units = new ArrayList<>();
        String currentFile = null;
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MINIMAL)) {
            reader.open(new ByteArrayInputStream(header.version().startsWith("2.2") ? withCoreNamespaceOf20(file) : file));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isStartFile()) {
                    currentFile = event.getStartFileData().getOriginal() != null
                            ? event.getStartFileData().getOriginal() : event.getStartFileData().getId();
                } else if (event.isUnit() && event.getUnit().getTranslate()) {
                    units.add(textUnit(event.getUnit(), currentFile));
                }
            }
        } catch (XLIFFException e) {
            throw new InterchangeException("The XLIFF 2 file breaks the specification: " + reasons(e), e);
        }
        return units;
    }

    /** The reader wraps the actual rule broken in a "where" message: say both. */
    private static String reasons(Throwable error) {
        StringBuilder message = new StringBuilder(error.getMessage() == null ? "" : error.getMessage().strip());
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage().strip())) {
                message.append(": ").append(cause.getMessage().strip());
            }
        }
        return message.toString();
    }

    /**
     * okapi-lib-xliff2 knows the 2.0 namespace (which 2.1 kept); XLIFF 2.2 only renamed it, so a 2.2 file is
     * read with its core namespace mapped to 2.0's. Both names have the same length, so the bytes are
     * replaced in place whatever the file's encoding (the namespace is ASCII).
     */
    static byte[] withCoreNamespaceOf20(byte[] file) {
        byte[] from = "urn:oasis:names:tc:xliff:document:2.2".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] to = "urn:oasis:names:tc:xliff:document:2.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] copy = file.clone();
        outer:
        for (int i = 0; i <= copy.length - from.length; i++) {
            for (int j = 0; j < from.length; j++) {
                if (copy[i + j] != from[j]) {
                    continue outer;
                }
            }
            System.arraycopy(to, 0, copy, i, to.length);
        }
        return copy;
    }

    private static XliffTextUnit textUnit(Unit unit, String file) {
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
        return new XliffTextUnit(file, unit.getId(), sources, targets, states, notes);
    }
}
