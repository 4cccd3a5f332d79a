package org.tarjima.interchange.okapi;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import org.springframework.stereotype.Component;
import org.tarjima.interchange.tmx.TmxUnit;

/**
 * TMX 1.4b with Okapi's TMX writer: inline codes as bpt/ept/ph with their original data, the author as the
 * target's {@code creationid}, and Tarjima's own facts (state, change date, project, document) as
 * {@code <prop type="x-…">}, which other tools keep and ignore.
 */
@Component
class OkapiTmxWriter implements org.tarjima.interchange.tmx.TmxWriter {

    static final String STATE = "x-tarjima-state";
    static final String CHANGED_AT = "x-tarjima-changedate";
    static final String PROJECT = "x-tarjima-project";
    static final String DOCUMENT = "x-tarjima-document";

    @Override
    public Output open(String sourceLocale, String targetLocale, OutputStream out) {
        XMLWriter xml = new XMLWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        TMXWriter writer = new TMXWriter(xml);
        writer.writeStartDocument(LocaleId.fromBCP47(sourceLocale), LocaleId.fromBCP47(targetLocale), "Tarjima", "1",
                "sentence", "tarjima", "plaintext");
        return new Output() {
            @Override
            public void write(TmxUnit unit) {
                Map<String, String> attributes = new LinkedHashMap<>();
                put(attributes, TMXWriter.CREATIONID, unit.changedBy());
                put(attributes, STATE, unit.state());
                put(attributes, CHANGED_AT, unit.changedAt() == null ? null : unit.changedAt().toString());
                put(attributes, PROJECT, unit.project());
                put(attributes, DOCUMENT, unit.document());
                writer.writeTU(OkapiFragments.toFragment(unit.source()), OkapiFragments.toFragment(unit.target()), null,
                        attributes);
            }

            @Override
            public void close() {
                writer.writeEndDocument();
                writer.close();
            }
        };
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }

    /** Okapi closes the stream it writes to; the caller owns ours. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
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
