package org.tarjima.interchange.okapi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.springframework.stereotype.Component;
import org.tarjima.interchange.xliff.XliffHeader;
import org.tarjima.interchange.xliff.XliffStates;
import org.tarjima.interchange.xliff.XliffUnit;

/**
 * XLIFF 2.1 with okapi-lib-xliff2: one unit with one segment per Tarjima segment, codes as pc/ph with
 * original data, {@code state} plus a {@code tarjima:} sub-state for our own states, notes, and our
 * export reference as an attribute in our namespace.
 */
@Component
class OkapiXliff2Writer implements org.tarjima.interchange.xliff.XliffWriter {

    @Override
    public String version() {
        return "2.1";
    }

    @Override
    public void write(XliffHeader header, Iterator<XliffUnit> units, OutputStream out) {
        Writer text = new OutputStreamWriter(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        try (XLIFFWriter writer = new XLIFFWriter()) {
            writer.setWithOriginalData(true);
            writer.setUseIndentation(true);
            writer.create(text, header.sourceLocale(), header.targetLocale());
            StartXliffData start = new StartXliffData("2.1");
            start.setSourceLanguage(header.sourceLocale());
            start.setTargetLanguage(header.targetLocale());
            if (header.exportId() != null) {
                start.setNamespace("tarjima", XliffHeader.NAMESPACE);
                start.getExtAttributes().setAttribute(XliffHeader.NAMESPACE, XliffHeader.EXPORT_ATTRIBUTE,
                        String.valueOf(header.exportId()));
            }
            writer.writeStartDocument(start, null);
            StartFileData file = new StartFileData("f1");
            file.setOriginal(header.documentName());
            writer.writeStartFile(file);
            while (units.hasNext()) {
                writer.writeUnit(unit(units.next(), header.signedOff()));
            }
            writer.writeEndFile();
            writer.writeEndDocument();
        }
    }

    private static Unit unit(XliffUnit source, boolean signedOff) {
        Unit unit = new Unit(source.id());
        Segment segment = unit.appendSegment();
        // Whitespace is part of the translation: keep it exactly as typed.
        segment.setPreserveWS(true);
        Xliff2Fragments.fill(segment.getSource(), source.source());
        if (!source.target().isBlank()) {
            Xliff2Fragments.fill(segment.getTarget(Segment.GetTarget.CREATE_EMPTY), source.target());
        }
        XliffStates.Xliff2State state = XliffStates.toXliff2(source.state(), signedOff);
        segment.setState(state.state());
        if (state.subState() != null) {
            segment.setSubState(state.subState());
        }
        source.notes().forEach(note -> unit.addNote(new Note(note)));
        return unit;
    }
}
