package org.tarjima.interchange.okapi;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.openxml.OpenXMLFilter;

/**
 * What Okapi alone does with a Word document, for the benchmarks to measure Tarjima against in the same run: its
 * filter reading every text unit (extraction), and its filter and writer producing the file with a target for every
 * unit (merge). No segmentation, no database.
 */
public final class OkapiBaseline {

    private OkapiBaseline() {
    }

    /** Reads the document with Okapi's OpenXML filter; the number of text units. */
    public static int extract(byte[] docx) throws Exception {
        Path file = Files.createTempFile("baseline-", ".docx");
        try (IFilter filter = new OpenXMLFilter()) {
            Files.write(file, docx);
            filter.open(new RawDocument(file.toUri(), "UTF-8", LocaleId.fromBCP47("en"), LocaleId.fromBCP47("ru")));
            int units = 0;
            while (filter.hasNext()) {
                if (filter.next().isTextUnit()) {
                    units++;
                }
            }
            return units;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Okapi's extraction with its segmentation step, as Rainbow's extraction pipeline runs it: the filter, and every
     * text unit split into sentences with Okapi's default SRX rules; the number of segments.
     */
    public static int extractSegmented(byte[] docx) throws Exception {
        Path file = Files.createTempFile("baseline-", ".docx");
        net.sf.okapi.lib.segmentation.SRXDocument rules = new net.sf.okapi.lib.segmentation.SRXDocument();
        try (java.io.InputStream srx = net.sf.okapi.lib.segmentation.SRXDocument.class
                .getResourceAsStream("defaultSegmentation.srx")) {
            rules.loadRules(srx);
        }
        net.sf.okapi.common.ISegmenter segmenter = rules.compileLanguageRules(LocaleId.fromBCP47("en"), null);
        try (IFilter filter = new OpenXMLFilter()) {
            Files.write(file, docx);
            filter.open(new RawDocument(file.toUri(), "UTF-8", LocaleId.fromBCP47("en"), LocaleId.fromBCP47("ru")));
            int segments = 0;
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    net.sf.okapi.common.resource.TextContainer source = event.getTextUnit().getSource();
                    segmenter.computeSegments(source);
                    source.getSegments().create(segmenter.getRanges());
                    segments += source.getSegments().count();
                }
            }
            return segments;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Okapi's merge: filter and writer, every unit given a target (its source); the written file. */
    public static byte[] merge(byte[] docx) throws Exception {
        Path file = Files.createTempFile("baseline-", ".docx");
        LocaleId ru = LocaleId.fromBCP47("ru");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IFilter filter = new OpenXMLFilter()) {
            Files.write(file, docx);
            filter.open(new RawDocument(file.toUri(), "UTF-8", LocaleId.fromBCP47("en"), ru));
            IFilterWriter writer = filter.createFilterWriter();
            writer.setOptions(ru, "UTF-8");
            writer.setOutput(out);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    event.getTextUnit().createTarget(ru, true, IResource.COPY_ALL);
                }
                writer.handleEvent(event);
            }
            writer.close();
            return out.toByteArray();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
