package org.tarjima.interchange.okapi;

import java.io.OutputStream;
import java.util.Iterator;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import org.springframework.stereotype.Component;
import org.tarjima.interchange.xliff.XliffHeader;
import org.tarjima.interchange.xliff.XliffStates;
import org.tarjima.interchange.xliff.XliffUnit;

/**
 * XLIFF 1.2 with Okapi's XLIFF writer: inline codes as bpt/ept/ph carrying their original data,
 * {@code ctype} from the code type, target {@code state}, notes, and our export reference in the header.
 * The result validates against the OASIS 1.2 strict and transitional schemas.
 */
@Component
class OkapiXliff12Writer implements org.tarjima.interchange.xliff.XliffWriter {

    @Override
    public String version() {
        return "1.2";
    }

    @Override
    public void write(XliffHeader header, Iterator<XliffUnit> units, OutputStream out) {
        LocaleId source = LocaleId.fromBCP47(header.sourceLocale());
        LocaleId target = LocaleId.fromBCP47(header.targetLocale());
        XLIFFWriter writer = new XLIFFWriter();
        writer.setOutput(new NonClosingOutputStream(out));
        writer.getParameters().setPlaceholderMode(false);
        writer.getParameters().setIncludeCodeAttrs(true);
        writer.getParameters().setIncludeIts(false);
        writer.getParameters().setIncludeAltTrans(false);
        writer.getParameters().setToolId("tarjima");
        writer.getParameters().setToolName("Tarjima");
        writer.create(null, null, source, target, "x-undefined", header.documentName(), null);
        String exportNote = header.exportId() == null ? null
                : "<note from=\"tarjima\">" + XliffHeader.EXPORT_NOTE_PREFIX + header.exportId() + "</note>";
        writer.writeStartFile(header.documentName(), "plaintext", null, exportNote);
        while (units.hasNext()) {
            writer.writeTextUnit(textUnit(units.next(), target, header.signedOff()));
        }
        writer.writeEndFile();
        writer.close();
    }

    private static TextUnit textUnit(XliffUnit unit, LocaleId target, boolean signedOff) {
        TextUnit tu = new TextUnit(unit.id());
        tu.setSourceContent(OkapiFragments.toFragment(unit.source()));
        // Whitespace is part of the translation: keep it exactly as typed.
        tu.setPreserveWhitespaces(true);
        TextContainer content = new TextContainer(OkapiFragments.toFragment(unit.target()));
        content.setProperty(new Property(Property.STATE, XliffStates.toXliff12(unit.state(), signedOff)));
        tu.setTarget(target, content);
        if (!unit.notes().isEmpty()) {
            NoteAnnotation notes = new NoteAnnotation();
            unit.notes().forEach(text -> notes.add(new Note(text)));
            tu.setAnnotation(notes);
        }
        return tu;
    }

    /** Okapi closes the stream it writes to; the caller owns ours. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
