package org.tarjima.interchange;

import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an uploaded file once with a locked-down StAX parser before any XLIFF library sees it:
 * well-formedness (with the line of the first error), no DOCTYPE at all (so no entity can reach the
 * server's files or expand), the root element, the XLIFF version and the header of the first
 * {@code <file>}. Everything after this check reads a file known to be safe.
 */
public final class XliffPrecheck {

    private XliffPrecheck() {
    }

    /** A parser that resolves nothing: no DTDs, no external entities, no entity replacement. */
    public static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are never loaded (" + systemId + ")");
        });
        return factory;
    }

    public static XliffHeader check(byte[] file) {
        return check(XliffSource.of(file));
    }

    /** Reads the whole file once, streaming: memory does not grow with its size. */
    public static XliffHeader check(XliffSource file) {
        if (file.size() == 0) {
            throw new InterchangeException("The file is empty.");
        }
        XMLStreamReader xml = null;
        java.io.InputStream in = null;
        try {
            in = file.open();
            xml = secureFactory().createXMLStreamReader(in);
            String version = null;
            String original = null;
            String source = null;
            String target = null;
            Long exportId = null;
            boolean inTarjimaNote = false;
            boolean rootSeen = false;
            int files = 0;
            java.util.Set<String> unitIds = new java.util.HashSet<>();
            StringBuilder note = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InterchangeException("The file declares a DOCTYPE (line " + xml.getLocation().getLineNumber()
                            + "). XLIFF never needs one, and Tarjima refuses DTDs so that no entity can read the server's files.");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InterchangeException("The file uses the undeclared entity &" + xml.getLocalName()
                            + "; (line " + xml.getLocation().getLineNumber() + ").");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!"xliff".equals(name)) {
                            throw new InterchangeException("This is XML, but not XLIFF: its root element is <" + name + ">.");
                        }
                        version = xml.getAttributeValue(null, "version");
                        if (version == null || !(version.startsWith("1.") || version.startsWith("2."))) {
                            throw new InterchangeException("XLIFF version " + version
                                    + " is not supported: Tarjima reads XLIFF 1.2 and 2.x.");
                        }
                        if (version.startsWith("2.")) {
                            source = xml.getAttributeValue(null, "srcLang");
                            target = xml.getAttributeValue(null, "trgLang");
                            exportId = exportReference(XliffHeader.EXPORT_NOTE_PREFIX
                                    + xml.getAttributeValue(XliffHeader.NAMESPACE, XliffHeader.EXPORT_ATTRIBUTE));
                        }
                    } else if ("file".equals(name)) {
                        files++;
                        if (files == 1) {
                            original = xml.getAttributeValue(null, "original");
                            if (version.startsWith("1.")) {
                                source = xml.getAttributeValue(null, "source-language");
                                target = xml.getAttributeValue(null, "target-language");
                            }
                        }
                    } else if ("trans-unit".equals(name) || "bin-unit".equals(name) || "unit".equals(name)) {
                        String id = xml.getAttributeValue(null, "id");
                        if (id == null || id.isBlank()) {
                            throw new InterchangeException("The <" + name + "> at line " + xml.getLocation().getLineNumber()
                                    + " has no id; XLIFF requires one on every unit.");
                        }
                        if (!unitIds.add(files + "\u0000" + id)) {
                            throw new InterchangeException("The unit id '" + id + "' at line " + xml.getLocation().getLineNumber()
                                    + " appears twice in the same <file>; XLIFF ids must be unique.");
                        }
                    } else if ("note".equals(name) && files == 1 && "tarjima".equals(xml.getAttributeValue(null, "from"))) {
                        inTarjimaNote = true;
                        note.setLength(0);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inTarjimaNote) {
                    note.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && inTarjimaNote && "note".equals(xml.getLocalName())) {
                    inTarjimaNote = false;
                    exportId = exportId != null ? exportId : exportReference(note.toString());
                }
            }
            if (!rootSeen) {
                throw new InterchangeException("The file has no XML content.");
            }
            if (files == 0) {
                throw new InterchangeException("The XLIFF file contains no <file> element, so nothing to import.");
            }
            if (source == null) {
                throw new InterchangeException(version.startsWith("2.") ? "The <xliff> element has no srcLang attribute."
                        : "The XLIFF <file> has no source-language attribute.");
            }
            return new XliffHeader(version, original, source, target, exportId, false, files, unitIds.size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : -1;
            throw new InterchangeException("The file is not well-formed XML" + (line > 0 ? " (line " + line + ")" : "")
                    + ": " + firstLine(e.getMessage()), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
            if (in != null) {
                try {
                    in.close();
                } catch (java.io.IOException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static Long exportReference(String note) {
        String text = note == null ? "" : note.strip();
        if (!text.startsWith(XliffHeader.EXPORT_NOTE_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(text.substring(XliffHeader.EXPORT_NOTE_PREFIX.length()).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("at [") && !l.startsWith("ParseError"))
                .map(l -> l.replaceFirst("^Message:\\s*", ""))
                .findFirst().orElse(message.strip());
    }
}
