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
