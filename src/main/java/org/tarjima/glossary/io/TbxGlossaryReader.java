package org.tarjima.glossary.io;

import org.tarjima.glossary.EntryRequest;
import org.tarjima.glossary.GlossaryImportException;
import org.tarjima.glossary.TermTranslation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjima.base.LocaleTag;

/**
 * Reads TBX: v3 ({@code conceptEntry/langSec/termSec}) and the older v2 / TBX-Basic 2008 shape
 * ({@code martif … termEntry/langSet/tig}), by element names in any namespace. Per concept: the terms in the
 * glossary's source language (the first is the entry's term, others become its forms), the terms in each target
 * locale (deprecated or superseded ones are forbidden), notes, and Tarjima's own forms and "do not translate".
 * <p>
 * The parser is locked down: no DTD (a file with a DOCTYPE is refused before anything else is read), no external
 * entities, no entity replacement, a resolver that loads nothing. On the JVM that is Woodstox, whose own limits on
 * element depth and text size also apply.
 */
public final class TbxGlossaryReader {

    private final String sourceLocale;
    private final Collection<String> targetLocales;
    private final List<GlossaryFile.Row> rows = new ArrayList<>();
    private final Set<String> locales = new LinkedHashSet<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private boolean hasForms;
    private boolean hasDoNotTranslate;

    // The concept being read.
    private int conceptLine;
    private String term;
    private final List<String> sourceForms = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean doNotTranslate;
    private final List<TermTranslation> translations = new ArrayList<>();
    // The language section and term being read.
    private String lang;
    private boolean inTermSec;
    private String termText;
    private final List<String> termForms = new ArrayList<>();
    private boolean forbidden;
    private final List<String> termNotes = new ArrayList<>();
    // The type attribute of the element being read (termNote, admin, descrip).
    private String pendingType = "";

    private TbxGlossaryReader(String sourceLocale, Collection<String> targetLocales) {
        this.sourceLocale = sourceLocale;
        this.targetLocales = targetLocales;
    }

    /** A StAX parser that resolves nothing: no DTDs, no external entities, no entity replacement. */
    public static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are never loaded (" + systemId + ")");
        });
        return factory;
    }

    /**
     * @param targetLocales the locales the glossary takes, or null for any; other languages are ignored
     * @throws GlossaryImportException naming the line of the first problem
     */
    public static GlossaryFile read(byte[] content, String sourceLocale, Collection<String> targetLocales) {
        if (content.length == 0) {
            throw new GlossaryImportException(0, "glossary.import.empty", "the file is empty");
        }
        TbxGlossaryReader reader = new TbxGlossaryReader(sourceLocale, targetLocales);
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            reader.read(xml);
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            int line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
            String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[[^]]*]\\s*"
                    + "Message:\\s*", "").replaceAll("(?s)\\s*at \\[row,col.*$", "").strip();
            throw new GlossaryImportException(line, "glossary.import.notXml", "the file is not well-formed XML: "
                    + message, message);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing left to release
                }
            }
        }
        return new GlossaryFile(reader.rows, reader.locales, reader.hasForms, true, reader.hasDoNotTranslate,
                List.copyOf(reader.ignored));
    }

    private void read(XMLStreamReader xml) throws XMLStreamException {
        boolean root = true;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            int line = xml.getLocation().getLineNumber();
            switch (event) {
                case XMLStreamConstants.DTD -> {
                    // A DOCTYPE that only names a DTD (older TBX tools write one) is harmless: DTDs are never loaded.
                    // One with declarations of its own could define entities or defaults, which are never applied.
                    if (xml.getText() != null && xml.getText().contains("<!")) {
                        throw new GlossaryImportException(line, "glossary.import.doctype", "the file declares a DOCTYPE;"
                                + " TBX needs none, and Tarjima refuses DTDs so that no entity can read the server's files");
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new GlossaryImportException(line,
                        "glossary.import.entity", "the file uses the entity &" + xml.getLocalName()
                        + "; that XML does not define", xml.getLocalName());
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (root) {
                        root = false;
                        if (!name.equals("tbx") && !name.equals("martif")) {
                            throw new GlossaryImportException(line, "glossary.import.notTbx",
                                    "this is XML, but not TBX: its root element is <" + name + ">", name);
                        }
                    }
                    text.setLength(0);
                    start(xml, name, line);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    end(xml.getLocalName(), text.toString().strip(), line);
                    text.setLength(0);
                }
                default -> {
                }
            }
        }
    }

    private void start(XMLStreamReader xml, String name, int line) {
        switch (name) {
            case "conceptEntry", "termEntry" -> {
                conceptLine = line;
                term = null;
                sourceForms.clear();
                notes.clear();
                doNotTranslate = false;
                translations.clear();
            }
            case "langSec", "langSet" -> {
                String value = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                lang = language(value == null ? xml.getAttributeValue(null, "lang") : value, line);
            }
            case "termSec", "tig", "ntig" -> {
                inTermSec = true;
                termText = null;
                termForms.clear();
                forbidden = false;
                termNotes.clear();
            }
            default -> {
                String type = xml.getAttributeValue(null, "type");
                pendingType = type == null ? "" : type;
            }
        }
    }

    private void end(String name, String text, int line) {
        switch (name) {
            case "term" -> termText = text;
            case "termNote", "admin", "descrip" -> {
                if (pendingType.equals(TbxGlossaryWriter.STATUS)) {
                    String status = text.toLowerCase(Locale.ROOT);
                    forbidden = status.startsWith("deprecated") || status.startsWith("superseded");
                } else if (pendingType.equals(TbxGlossaryWriter.FORMS)) {
                    hasForms = true;
                    termForms.addAll(CsvColumns.forms(text));
                } else if (pendingType.equals(TbxGlossaryWriter.DO_NOT_TRANSLATE)) {
                    hasDoNotTranslate = true;
                    doNotTranslate = List.of("yes", "true", "1").contains(text.toLowerCase(Locale.ROOT));
                } else if (name.equals("descrip") && !inTermSec && lang == null && !text.isEmpty()) {
                    notes.add(text);
                }
            }
            case "note" -> {
                if (!text.isEmpty()) {
                    (inTermSec ? termNotes : notes).add(text);
                }
            }
            case "termSec", "tig", "ntig" -> {
                inTermSec = false;
                endTerm(line);
            }
            case "langSec", "langSet" -> lang = null;
            case "conceptEntry", "termEntry" -> endConcept();
            default -> {
            }
        }
    }

    private void endTerm(int line) {
        if (termText == null || termText.isEmpty() || lang == null) {
            return;
        }
        if (lang.equals(SOURCE)) {
            if (term == null) {
                term = termText;
                sourceForms.addAll(termForms);
            } else {
                hasForms = true;
                sourceForms.add(termText);
                sourceForms.addAll(termForms);
            }
            return;
        }
        if (lang.equals(IGNORED)) {
            return;
        }
        translations.add(new TermTranslation(lang, termText, List.copyOf(termForms), forbidden,
                termNotes.isEmpty() ? null : String.join("\n", termNotes)));
    }

    private void endConcept() {
        if (term == null) {
            throw new GlossaryImportException(conceptLine, "glossary.import.noTerm",
                    "the concept has no term in the source language " + sourceLocale);
        }
        rows.add(new GlossaryFile.Row(conceptLine, new EntryRequest(term, List.copyOf(sourceForms),
                notes.isEmpty() ? null : String.join("\n", notes), doNotTranslate, List.copyOf(translations), null)));
    }

    private static final String SOURCE = "\u0000source";
    private static final String IGNORED = "\u0000ignored";

    /** The glossary's name for a langSec: SOURCE, a target locale, or IGNORED. */
    private String language(String tag, int line) {
        if (tag == null || tag.isBlank()) {
            throw new GlossaryImportException(line, "glossary.import.noLang", "a language section has no xml:lang");
        }
        String locale;
        try {
            locale = LocaleTag.canonical(tag);
        } catch (IllegalArgumentException e) {
            throw new GlossaryImportException(line, "glossary.error.locale", "'" + tag + "' is not a locale tag", tag);
        }
        if (CsvColumns.sameLanguage(locale, sourceLocale)) {
            return SOURCE;
        }
        if (targetLocales != null && !targetLocales.contains(locale)) {
            ignored.add(locale);
            return IGNORED;
        }
        locales.add(locale);
        return locale;
    }
}
