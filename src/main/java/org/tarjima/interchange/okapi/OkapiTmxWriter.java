package org.tarjima.interchange.okapi;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXContent;
import net.sf.okapi.common.filterwriter.TMXWriter;
import org.springframework.stereotype.Component;
import org.tarjima.interchange.tmx.TmxUnit;

/**
 * TMX 1.4b: Okapi's TMX writer for the header and its {@link TMXContent} for the segments (inline codes as bpt/ept/ph
 * with their original data); each {@code <tu>} written here, because Okapi's writeTU drops the TMX attributes other
 * tools read for who wrote a text and when ({@code creationdate}, {@code changeid}, {@code changedate}). They are on
 * the {@code <tu>} and on the target's {@code <tuv>} (Trados reads the one, OmegaT the other). Tarjima's own facts
 * (state, project, document) are {@code <prop type="x-…">}, which other tools keep and ignore.
 */
@Component
class OkapiTmxWriter implements org.tarjima.interchange.tmx.TmxWriter {

    static final String STATE = "x-tarjima-state";
    /** Read from files written before the date went into changedate; no longer written. */
    static final String CHANGED_AT = "x-tarjima-changedate";
    static final String PROJECT = "x-tarjima-project";
    static final String DOCUMENT = "x-tarjima-document";
    static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Override
    public Output open(String sourceLocale, String targetLocale, OutputStream out) {
        XMLWriter xml = new XMLWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        TMXWriter writer = new TMXWriter(xml);
        LocaleId source = LocaleId.fromBCP47(sourceLocale);
        LocaleId target = LocaleId.fromBCP47(targetLocale);
        writer.writeStartDocument(source, target, "Tarjima", "1", "sentence", "tarjima", "plaintext");
        TMXContent content = new TMXContent();
        return new Output() {
            @Override
            public void write(TmxUnit unit) {
                Map<String, String> authorship = new LinkedHashMap<>();
                put(authorship, "creationdate", tmxDate(unit.createdAt()));
                put(authorship, "creationid", unit.createdBy());
                put(authorship, "changedate", tmxDate(unit.changedAt()));
                put(authorship, "changeid", unit.changedBy());
                xml.writeStartElement("tu");
                authorship.forEach(xml::writeAttributeString);
                xml.writeLineBreak();
                prop(xml, STATE, unit.state());
                prop(xml, PROJECT, unit.project());
                prop(xml, DOCUMENT, unit.document());
                tuv(xml, content, source, Map.of(), unit.source());
                tuv(xml, content, target, authorship, unit.target());
                xml.writeEndElementLineBreak();
            }

            @Override
            public void close() {
                writer.writeEndDocument();
                writer.close();
            }
        };
    }

    private static void prop(XMLWriter xml, String type, String value) {
        if (value != null && !value.isBlank()) {
            xml.writeStartElement("prop");
            xml.writeAttributeString("type", type);
            xml.writeString(value);
            xml.writeEndElementLineBreak();
        }
    }

    private static void tuv(XMLWriter xml, TMXContent content, LocaleId locale, Map<String, String> attributes,
                            org.tarjima.base.text.InlineText text) {
        xml.writeStartElement("tuv");
        xml.writeAttributeString("xml:lang", locale.toBCP47());
        attributes.forEach(xml::writeAttributeString);
        xml.writeStartElement("seg");
        xml.writeRawXML(content.setContent(OkapiFragments.toFragment(text)).toString());
        xml.writeEndElement();
        xml.writeEndElementLineBreak();
    }

    private static String tmxDate(Instant instant) {
        return instant == null ? null : TMX_DATE.format(instant.atOffset(ZoneOffset.UTC));
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
