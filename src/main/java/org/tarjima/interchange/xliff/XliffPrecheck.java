package org.tarjima.interchange.xliff;

import org.tarjima.base.i18n.Message;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an uploaded file once with a locked-down StAX parser before any XLIFF library sees it: well-formedness (with
 * the line of the first error), the root element, the XLIFF version (from the namespace where it has one) and the
 * header of the first {@code <file>}. It also finds what the readers must not see, which {@link XliffRewrite}
 * removes before they do: a DOCTYPE (allowed only when the body uses no entity and it sets no attribute defaults;
 * never loaded), stand-off references to other resources (ITS {@code ...Ref} attributes that Okapi's XLIFF filter
 * would fetch), a declared encoding other than UTF-8, and the markup of valid files that okapi-lib-xliff2 refuses.
 */
public final class XliffPrecheck {

    /** Namespace of XLIFF 1.2; 1.0 and 1.1 have their own, and very old files none. */
    static final String XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2";
    /** Namespace of XLIFF 2.0, kept by 2.1. */
    static final String XLIFF_20 = "urn:oasis:names:tc:xliff:document:2.0";
    /** Namespace of XLIFF 2.2, whatever its {@code version} attribute says. */
    static final String XLIFF_22 = "urn:oasis:names:tc:xliff:document:2.2";
    /** W3C ITS 2.0, used by XLIFF 1.2 files and by the XLIFF 2 ITS module. */
    static final String ITS = "http://www.w3.org/2005/11/its";

    /** Namespaces (without their version) of the XLIFF 2 modules whose elements the readers are not given. */
    private static final java.util.List<String> UNUSED_MODULES = java.util.List.of("urn:oasis:names:tc:xliff:matches:",
            "urn:oasis:names:tc:xliff:glossary:", "urn:oasis:names:tc:xliff:changetracking:",
            "urn:oasis:names:tc:xliff:metadata:", "urn:oasis:names:tc:xliff:resourcedata:",
            "urn:oasis:names:tc:xliff:validation:");

    /** An ATTLIST that gives an attribute a default value (a quoted value or #FIXED), which a parser would apply. */
    private static final Pattern ATTRIBUTE_DEFAULT = Pattern.compile("<!ATTLIST[^>]*(\"|'|#FIXED)");

    private XliffPrecheck() {
    }

    /** What the readers must not be given as it is; each is undone by {@link XliffRewrite}. */
    enum Rewrite {
        /** A DOCTYPE: dropped, so that no reader loads its DTD or applies anything it declares. */
        DOCTYPE,
        /** A stand-off reference to another resource (ITS {@code ...Ref}, ITS rules linked by {@code xlink:href}). */
        EXTERNAL_REFERENCE,
        /** An {@code xml-stylesheet} instruction naming a resource. */
        STYLESHEET,
        /** Not UTF-8 (declared or by its byte order mark): Okapi's XLIFF 1.2 filter would decode it as UTF-8. */
        ENCODING,
        /** The XLIFF 2.2 namespace, which okapi-lib-xliff2 does not know. */
        XLIFF_22,
        /**
         * Elements of XLIFF 2 modules whose content Tarjima does not read (another tool's matches, glossary, change
         * tracking, metadata, resource data, validation rules), where okapi-lib-xliff2 refuses valid content.
         */
        UNUSED_MODULE,
        /** Valid {@code <ec>} markup that okapi-lib-xliff2 refuses ({@code isolated="no"}, a type left to its {@code <sc>}). */
        END_CODE
    }

    /**
     * What the precheck found.
     *
     * @param rewrites what must be removed or changed before a reader sees the file (empty: read it as uploaded)
     * @param targets  whether any unit has a {@code <target>} with content
     */
    record Inspection(XliffHeader header, Set<Rewrite> rewrites, boolean targets) {
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
        return inspect(file).header();
    }

    /** As {@link #check(XliffSource)}, with what must be rewritten before a reader sees the file. */
    static Inspection inspect(XliffSource file) {
        if (file.size() == 0) {
            throw new InterchangeException(Message.of("refusal.fileEmpty"), "The file is empty.");
        }
        XMLStreamReader xml = null;
        try (InputStream in = file.open()) {
            xml = secureFactory().createXMLStreamReader(in);
            return new Scan(xml).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : -1;
            throw new InterchangeException(line > 0 ? Message.of("refusal.notWellFormedAt", line, firstLine(e.getMessage()))
                    : Message.of("refusal.notWellFormed", firstLine(e.getMessage())),
                    "The file is not well-formed XML" + (line > 0 ? " (line " + line + ")" : "") + ": " + firstLine(e.getMessage()), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    /** An attribute written without a prefix: in no namespace, never {@code its:version} for {@code version}. */
    public static String unprefixed(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty()) && name.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Whether the attribute points at a resource outside the file: an ITS stand-off reference ({@code
     * locQualityIssuesRef}, {@code provenanceRecordsRef}, any other {@code ...Ref}) to anything but a fragment of
     * this file ({@code #id}), or an {@code xlink:href} on ITS markup (linked rules).
     */
    static boolean isExternalReference(String elementNamespace, String attributeNamespace, String name, String value) {
        boolean its = ITS.equals(attributeNamespace) || (attributeNamespace != null
                && attributeNamespace.startsWith("urn:oasis:names:tc:xliff:itsm:"));
        boolean reference = its && (name.endsWith("Ref") || name.endsWith("RefPointer"));
        boolean linkedRules = "http://www.w3.org/1999/xlink".equals(attributeNamespace) && ITS.equals(elementNamespace);
        return (reference || linkedRules) && !(value != null && value.strip().startsWith("#"));
    }

    /** Whether an element belongs to a module whose content no reader is given (see {@link Rewrite#UNUSED_MODULE}). */
    static boolean isUnusedModule(String elementNamespace) {
        return elementNamespace != null && UNUSED_MODULES.stream().anyMatch(elementNamespace::startsWith);
    }

    /** One pass over the file's events. */
    private static final class Scan {
        private final XMLStreamReader xml;
        private final Set<Rewrite> rewrites = EnumSet.noneOf(Rewrite.class);
        private final Set<String> unitIds = new HashSet<>();
        private final StartCodeTypes startTypes = new StartCodeTypes();
        private final StringBuilder note = new StringBuilder();
        private String namespace;
        private String version;
        private String original;
        private String source;
        private String target;
        private Long exportId;
        private boolean inTarjimaNote;
        private boolean targets;
        private int targetDepth;
        private int files;

        Scan(XMLStreamReader xml) {
            this.xml = xml;
        }

        Inspection run() throws XMLStreamException {
            String declared = xml.getCharacterEncodingScheme();
            String detected = xml.getEncoding();
            if ((declared != null && !declared.equalsIgnoreCase("UTF-8"))
                    || (detected != null && !detected.equalsIgnoreCase("UTF-8"))) {
                rewrites.add(Rewrite.ENCODING);
            }
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> doctype();
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InterchangeException(Message.of("refusal.entity", xml.getLocalName(), line()),
                            "The file uses the entity &"
                            + xml.getLocalName() + "; (line " + line() + "). Tarjima reads no DOCTYPE and never expands entities, so"
                            + " that no entity can read the server's files; write the character itself (or &#...; for it).");
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        if ("xml-stylesheet".equals(xml.getPITarget())) {
                            rewrites.add(Rewrite.STYLESHEET);
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text();
                    default -> {
                        // comments, whitespace: nothing to check
                    }
                }
            }
            if (version == null) {
                throw new InterchangeException(Message.of("refusal.noXml"), "The file has no XML content.");
            }
            if (files == 0) {
                throw new InterchangeException(Message.of("refusal.noFileElement"),
                        "The XLIFF file contains no <file> element, so nothing to import.");
            }
            if (source == null) {
                throw new InterchangeException(Message.of("refusal.noSourceLanguage"),
                        version.startsWith("2.") ? "The <xliff> element has no srcLang attribute."
                        : "The XLIFF <file> has no source-language attribute.");
            }
            XliffHeader header = new XliffHeader(version, original, source, target, exportId, false, files, unitIds.size());
            return new Inspection(header, Set.copyOf(rewrites), targets);
        }

        /** A DOCTYPE is never loaded; the precheck only decides whether dropping it changes what the file says. */
        private void doctype() {
            String subset = xml.getText() == null ? "" : xml.getText();
            if (ATTRIBUTE_DEFAULT.matcher(subset).find()) {
                throw new InterchangeException(Message.of("refusal.doctypeDefaults", line()),
                        "The file's DOCTYPE (line " + line() + ") gives attributes default values."
                        + " Tarjima never reads DTDs, so those values would be lost; remove the DOCTYPE or write the"
                        + " attributes out.");
            }
            rewrites.add(Rewrite.DOCTYPE);
        }

        private void start() {
            String name = xml.getLocalName();
            String elementNamespace = xml.getNamespaceURI();
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (isExternalReference(elementNamespace, xml.getAttributeNamespace(i), xml.getAttributeLocalName(i),
                        xml.getAttributeValue(i))) {
                    rewrites.add(Rewrite.EXTERNAL_REFERENCE);
                }
            }
            if (version != null && version.startsWith("2.") && isUnusedModule(elementNamespace)) {
                rewrites.add(Rewrite.UNUSED_MODULE);
            }
            if (version == null) {
                root(name);
            } else if (targetDepth > 0) {
                targetDepth++;
                if (version.startsWith("2.") && isXliff(elementNamespace)) {
                    codes(name);
                }
            } else if ("file".equals(name)) {
                files++;
                if (files == 1) {
                    original = unprefixed(xml, "original");
                    if (version.startsWith("1.")) {
                        source = unprefixed(xml, "source-language");
                        target = unprefixed(xml, "target-language");
                    }
                }
            } else if ("trans-unit".equals(name) || "bin-unit".equals(name) || "unit".equals(name)) {
                unit(name);
            } else if ("target".equals(name) && isXliff(elementNamespace)) {
                targetDepth = 1;
            } else if ("note".equals(name) && files == 1 && "tarjima".equals(unprefixed(xml, "from"))) {
                inTarjimaNote = true;
                note.setLength(0);
            } else if (version.startsWith("2.") && isXliff(elementNamespace)) {
                codes(name);
            }
        }

        private void root(String name) {
            if (!"xliff".equals(name)) {
                throw new InterchangeException(Message.of("refusal.notXliff", name),
                        "This is XML, but not XLIFF: its root element is <" + name + ">.");
            }
            namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            String declared = unprefixed(xml, "version");
            // The namespace says which rules apply: a 2.2 file may well say version="2.1".
            version = XLIFF_22.equals(namespace) ? "2.2" : XLIFF_12.equals(namespace) ? "1.2"
                    : declared == null && namespace.startsWith("urn:oasis:names:tc:xliff:document:1.") ? namespace.substring(34)
                    : declared;
            if (version == null) {
                throw new InterchangeException(Message.of("refusal.noVersion"),
                        "The <xliff> element names no version (and its namespace none either):"
                        + " Tarjima reads XLIFF 1.2 and 2.x.");
            }
            if (!(version.startsWith("1.") || version.startsWith("2."))) {
                throw new InterchangeException(Message.of("refusal.unsupportedVersion", version),
                        "XLIFF version " + version + " is not supported: Tarjima reads XLIFF 1.2 and 2.x.");
            }
            if (XLIFF_22.equals(namespace)) {
                rewrites.add(Rewrite.XLIFF_22);
            }
            if (version.startsWith("2.")) {
                source = unprefixed(xml, "srcLang");
                target = unprefixed(xml, "trgLang");
                exportId = exportReference(XliffHeader.EXPORT_NOTE_PREFIX
                        + xml.getAttributeValue(XliffHeader.NAMESPACE, XliffHeader.EXPORT_ATTRIBUTE));
            }
        }

        private void unit(String name) {
            startTypes.see(name, xml);
            String id = unprefixed(xml, "id");
            if (id == null || id.isBlank()) {
                throw new InterchangeException(Message.of("refusal.unitWithoutId", name, line()),
                        "The <" + name + "> at line " + line() + " has no id; XLIFF requires one on every unit.");
            }
            if (!unitIds.add(files + "\u0000" + id)) {
                throw new InterchangeException(Message.of("refusal.duplicateUnitId", id, line()),
                        "The unit id '" + id + "' at line " + line()
                        + " appears twice in the same <file>; XLIFF ids must be unique.");
            }
        }

        /** Inline codes of XLIFF 2 that okapi-lib-xliff2 refuses although the specification allows them. */
        private void codes(String name) {
            startTypes.see(name, xml);
            if ("ec".equals(name) && (unprefixed(xml, "isolated") != null || startTypes.inherited(xml) != null)) {
                rewrites.add(Rewrite.END_CODE);
            }
        }

        private void end() {
            if (targetDepth > 0) {
                targetDepth--;
            } else if (inTarjimaNote && "note".equals(xml.getLocalName())) {
                inTarjimaNote = false;
                exportId = exportId != null ? exportId : exportReference(note.toString());
            }
        }

        private void text() {
            if (targetDepth > 0 && !xml.isWhiteSpace()) {
                targets = true;
            } else if (inTarjimaNote) {
                note.append(xml.getText());
            }
        }

        /** An element of the file's own XLIFF namespace (or of none, for old files without one). */
        private boolean isXliff(String elementNamespace) {
            return namespace.equals(elementNamespace == null ? "" : elementNamespace);
        }

        private int line() {
            return xml.getLocation().getLineNumber();
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
