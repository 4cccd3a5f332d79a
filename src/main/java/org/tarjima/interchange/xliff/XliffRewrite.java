package org.tarjima.interchange.xliff;

import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a copy of an XLIFF file, as UTF-8, without what {@link XliffPrecheck} found the readers must not see: the
 * DOCTYPE, {@code xml-stylesheet} instructions and stand-off references to other resources are left out; the XLIFF
 * 2.2 namespace becomes 2.0's (2.2 only renamed it, and okapi-lib-xliff2 knows 2.0's); {@code <ec>} loses a redundant
 * {@code isolated="no"} and carries the type of its {@code <sc>}, as the specification implies and lib-xliff2
 * insists; elements of the XLIFF 2 modules no reader uses (another tool's matches, glossary, change tracking,
 * metadata, resource data, validation) are left out, since lib-xliff2 refuses some of their valid content, and so
 * are XLIFF 2.2's notes on {@code <xliff>} itself.
 * Everything else (text, codes, notes, other namespaces, comments) is copied event by event.
 */
final class XliffRewrite {

    private XliffRewrite() {
    }

    /** Copies {@code in} to {@code out}, streaming: memory does not grow with the file. */
    static void copy(InputStream in, OutputStream out) {
        XMLStreamReader xml = null;
        XMLStreamWriter writer = null;
        try {
            xml = XliffPrecheck.secureFactory().createXMLStreamReader(in);
            writer = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            new Copy(xml, writer).run();
            writer.flush();
        } catch (XMLStreamException e) {
            // The precheck read the same file without fault; this is a fault of ours, not of the file.
            throw new IllegalStateException("Rewriting a checked XLIFF file failed: " + e.getMessage(), e);
        } finally {
            try {
                if (writer != null) {
                    writer.close();
                }
                if (xml != null) {
                    xml.close();
                }
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }

    /** Copies into a file. */
    static void copy(XliffSource file, java.nio.file.Path to) {
        try (InputStream in = file.open(); OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(to))) {
            copy(in, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Copy {
        private final XMLStreamReader xml;
        private final XMLStreamWriter out;
        private final StartCodeTypes startTypes = new StartCodeTypes();
        private int depth;

        Copy(XMLStreamReader xml, XMLStreamWriter out) {
            this.xml = xml;
            this.out = out;
        }

        void run() throws XMLStreamException {
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        out.writeEndElement();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                        // Whitespace around the root element is not content; inside it, all of it is kept.
                        if (depth > 0) {
                            out.writeCharacters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.CDATA -> out.writeCData(xml.getText());
                    case XMLStreamConstants.COMMENT -> out.writeComment(xml.getText());
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        if (!"xml-stylesheet".equals(xml.getPITarget())) {
                            out.writeProcessingInstruction(xml.getPITarget(), xml.getPIData());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InterchangeException(Message.of("refusal.tmxEntity", xml.getLocalName(), xml.getLocation().getLineNumber()),
                            "The file uses the entity &"
                            + xml.getLocalName() + "; (line " + xml.getLocation().getLineNumber() + "); Tarjima never expands entities.");
                    case XMLStreamConstants.END_DOCUMENT -> out.writeEndDocument();
                    default -> {
                        // the DOCTYPE and the XML declaration are not copied
                    }
                }
            }
        }

        private void start() throws XMLStreamException {
            // XLIFF 2.2 allows notes on <xliff> itself, which no reader uses and lib-xliff2 refuses.
            boolean topNotes = depth == 1 && XliffPrecheck.XLIFF_22.equals(xml.getNamespaceURI()) && "notes".equals(xml.getLocalName());
            if (topNotes || XliffPrecheck.isUnusedModule(xml.getNamespaceURI())) {
                skipElement();
                return;
            }
            depth++;
            String namespace = renamed(xml.getNamespaceURI());
            String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
            String name = xml.getLocalName();
            out.writeStartElement(prefix, name, namespace == null ? "" : namespace);
            for (int i = 0; i < xml.getNamespaceCount(); i++) {
                String declared = xml.getNamespacePrefix(i);
                String uri = renamed(xml.getNamespaceURI(i));
                if (declared == null || declared.isEmpty()) {
                    out.writeDefaultNamespace(uri == null ? "" : uri);
                } else {
                    out.writeNamespace(declared, uri);
                }
            }
            boolean xliff2 = XliffPrecheck.XLIFF_20.equals(namespace);
            // 2.2 lets a unit's note name the segment it is about; lib-xliff2 refuses the attribute, the note stays the unit's.
            boolean noteOf22 = XliffPrecheck.XLIFF_22.equals(xml.getNamespaceURI()) && "note".equals(name);
            if (xliff2) {
                startTypes.see(name, xml);
            }
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String attributeNamespace = xml.getAttributeNamespace(i);
                String local = xml.getAttributeLocalName(i);
                String value = xml.getAttributeValue(i);
                boolean unprefixed = attributeNamespace == null || attributeNamespace.isEmpty();
                if (XliffPrecheck.isExternalReference(xml.getNamespaceURI(), attributeNamespace, local, value)
                        || (xliff2 && "ec".equals(name) && unprefixed && "isolated".equals(local) && "no".equals(value))
                        || (noteOf22 && unprefixed && "ref".equals(local))) {
                    continue;
                }
                if (unprefixed) {
                    out.writeAttribute(local, value);
                } else {
                    String attributePrefix = xml.getAttributePrefix(i);
                    out.writeAttribute(attributePrefix == null ? "" : attributePrefix,
                            XMLConstants.XML_NS_URI.equals(attributeNamespace) ? XMLConstants.XML_NS_URI : attributeNamespace,
                            local, value);
                }
            }
            String inherited = xliff2 && "ec".equals(name) ? startTypes.inherited(xml) : null;
            if (inherited != null) {
                out.writeAttribute("type", inherited);
            }
        }

        /** Leaves out the element just started, with everything in it. */
        private void skipElement() throws XMLStreamException {
            int open = 1;
            while (open > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    open++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open--;
                }
            }
        }

        private static String renamed(String namespace) {
            return XliffPrecheck.XLIFF_22.equals(namespace) ? XliffPrecheck.XLIFF_20 : namespace;
        }
    }
}
