package org.tarjima.interchange.tmx;

import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import org.tarjima.interchange.xliff.XliffPrecheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an uploaded TMX file once with the locked-down StAX parser of {@link XliffPrecheck#secureFactory()} (DTD
 * support off, no external entities, nothing resolved) before Okapi sees it. TMX files from other tools often
 * name the TMX DTD ({@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}); that is allowed, since it is never loaded. A
 * DOCTYPE with an internal subset (where entities are declared) and any entity reference are refused, so no
 * entity can read the server's files or expand.
 */
public final class TmxPrecheck {

    private TmxPrecheck() {
    }

    /**
     * What the header says.
     *
     * @param encoding the file's encoding: as its XML declaration says, else as its byte order mark shows, else UTF-8
     */
    public record TmxHeader(String version, String sourceLocale, String encoding) {
    }

    /** @throws InterchangeException when the file is not well-formed TMX or declares entities */
    public static TmxHeader check(XliffSource file) {
        if (file.size() == 0) {
            throw new InterchangeException(Message.of("refusal.fileEmpty"), "The file is empty.");
        }
        XMLStreamReader xml = null;
        try (InputStream in = file.open()) {
            xml = XliffPrecheck.secureFactory().createXMLStreamReader(in);
            String encoding = xml.getCharacterEncodingScheme() != null ? xml.getCharacterEncodingScheme()
                    : xml.getEncoding() != null ? xml.getEncoding() : "UTF-8";
            String version = null;
            String source = null;
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD && xml.getText() != null && xml.getText().contains("<!")) {
                    throw new InterchangeException(Message.of("refusal.tmxEntities", xml.getLocation().getLineNumber()),
                            "The file declares entities in its DOCTYPE (line "
                            + xml.getLocation().getLineNumber() + "). TMX never needs them, and Tarjima refuses them so that"
                            + " no entity can read the server's files.");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InterchangeException(Message.of("refusal.tmxEntity", xml.getLocalName(), xml.getLocation().getLineNumber()),
                            "The file uses the entity &" + xml.getLocalName() + "; (line "
                            + xml.getLocation().getLineNumber() + "); Tarjima reads no entities.");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!"tmx".equals(xml.getLocalName())) {
                            throw new InterchangeException(Message.of("refusal.notTmx", xml.getLocalName()),
                                    "This is XML, but not TMX: its root element is <" + xml.getLocalName() + ">.");
                        }
                        version = XliffPrecheck.unprefixed(xml, "version");
                    } else if ("header".equals(xml.getLocalName())) {
                        source = XliffPrecheck.unprefixed(xml, "srclang");
                    }
                }
            }
            if (!rootSeen) {
                throw new InterchangeException(Message.of("refusal.noRoot"), "The file has no root element.");
            }
            return new TmxHeader(version, source, encoding);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new InterchangeException(line > 0 ? Message.of("refusal.notWellFormedAt", line, e.getMessage())
                    : Message.of("refusal.notWellFormed", e.getMessage()),
                    "The file is not well-formed XML" + (line > 0 ? " (line " + line + ")" : "") + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that failed
                }
            }
        }
    }
}
