package org.tarjima.glossary.io;

import org.tarjima.glossary.GlossaryEntry;
import org.tarjima.glossary.TermTranslation;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a glossary as TBX v3 in the TBX-Basic dialect (DCA style): one conceptEntry per source term, a langSec per
 * language, a termSec per term. Forbidden translations are deprecated terms ({@code administrativeStatus}); forms
 * and "do not translate", which TBX-Basic has no category for, are Tarjima's own {@code x-tarjima-*} types that
 * other tools ignore.
 */
public final class TbxGlossaryWriter {

    static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";
    static final String FORMS = "x-tarjima-forms";
    static final String DO_NOT_TRANSLATE = "x-tarjima-doNotTranslate";
    static final String STATUS = "administrativeStatus";
    static final String PREFERRED = "preferredTerm-admn-sts";
    static final String DEPRECATED = "deprecatedTerm-admn-sts";

    private final XMLStreamWriter xml;
    private int depth;

    private TbxGlossaryWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static byte[] write(String sourceLocale, List<String> locales, List<GlossaryEntry> entries, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new TbxGlossaryWriter(xml).document(sourceLocale, locales, entries, title);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write TBX", e);
        }
        return out.toByteArray();
    }

    private void document(String sourceLocale, List<String> locales, List<GlossaryEntry> entries, String title)
            throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        newLine();
        xml.writeProcessingInstruction("xml-model", "href=\"https://raw.githubusercontent.com/LTAC-Global/"
                + "TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng\" type=\"application/xml\" "
                + "schematypens=\"http://relaxng.org/ns/structure/1.0\"");
        xml.setDefaultNamespace(NAMESPACE);
        start("tbx");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("type", "TBX-Basic");
        xml.writeAttribute("style", "dca");
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", sourceLocale);
        start("tbxHeader");
        start("fileDesc");
        start("sourceDesc");
        leaf("p", null, title);
        end();
        end();
        end();
        start("text");
        start("body");
        for (GlossaryEntry entry : entries) {
            concept(entry, sourceLocale, locales);
        }
        end();
        end();
        end();
        xml.writeEndDocument();
    }

    private void concept(GlossaryEntry entry, String sourceLocale, List<String> locales) throws XMLStreamException {
        start("conceptEntry");
        xml.writeAttribute("id", "c" + entry.id());
        if (entry.doNotTranslate()) {
            leaf("admin", DO_NOT_TRANSLATE, "yes");
        }
        if (entry.notes() != null) {
            leaf("note", null, entry.notes());
        }
        start("langSec");
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", sourceLocale);
        term(entry.term(), entry.forms(), null, null);
        end();
        for (String locale : locales) {
            List<TermTranslation> translations = entry.translations(locale);
            if (translations.isEmpty()) {
                continue;
            }
            start("langSec");
            xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", locale);
            for (TermTranslation translation : translations) {
                term(translation.term(), translation.forms(), translation.forbidden() ? DEPRECATED : PREFERRED,
                        translation.notes());
            }
            end();
        }
        end();
    }

    private void term(String term, List<String> forms, String status, String notes) throws XMLStreamException {
        start("termSec");
        leaf("term", null, term);
        if (status != null) {
            leaf("termNote", STATUS, status);
        }
        if (!forms.isEmpty()) {
            leaf("termNote", FORMS, String.join(", ", forms));
        }
        if (notes != null) {
            leaf("note", null, notes);
        }
        end();
    }

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(NAMESPACE, name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void leaf(String name, String type, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement(NAMESPACE, name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        newLine();
        xml.writeCharacters("  ".repeat(depth));
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n");
    }
}
