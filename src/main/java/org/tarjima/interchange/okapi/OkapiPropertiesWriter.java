package org.tarjima.interchange.okapi;

import org.tarjima.base.i18n.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.bundle.MessageBundleWriter;

/**
 * Writes a translated bundle the way Okapi merges: the original is read again with the same filter, each key's
 * translation becomes its text unit's target, and the filter's writer puts the skeleton (comments, keys, separators,
 * blank lines, line endings) back around the values. A key without a translation is written with its original value.
 */
@Component
class OkapiPropertiesWriter implements MessageBundleWriter {

    @Override
    public byte[] merge(byte[] original, String sourceLocale, String targetLocale, Map<String, InlineText> translations) {
                // Values nobody translated are written as the original writes them: Okapi would resolve their escapes.
        Map<String, String> rawValues = PropertiesLines.scan(PropertiesFilters.decodeUtf8(original)).rawValues();
        LocaleId target = LocaleId.fromBCP47(targetLocale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + original.length / 2);
        try (IFilter filter = PropertiesFilters.create(); IFilterWriter writer = filter.createFilterWriter()) {
            filter.open(new RawDocument(new ByteArrayInputStream(original), StandardCharsets.UTF_8.name(),
                    LocaleId.fromBCP47(sourceLocale), target));
            writer.setOptions(target, StandardCharsets.UTF_8.name());
            writer.setOutput(out);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    InlineText translation = translations.get(unit.getName());
                    if (translation != null && !translation.isBlank()) {
                        unit.setTargetContent(target, OkapiFragments.toFragment(translation));
                    } else if (rawValues.containsKey(unit.getName())) {
                        unit.setTargetContent(target, new TextFragment(rawValues.get(unit.getName())));
                    }
                }
                writer.handleEvent(event);
            }
        } catch (OkapiException e) {
            throw new InterchangeException(Message.of("refusal.bundleNotWritten", String.valueOf(e.getMessage())),
                    "The bundle could not be written: " + e.getMessage(), e);
        }
        return withEndingOf(original, out.toByteArray());
    }

    /** Okapi ends every line with a line break; a file whose last line had none gets none. */
    private static byte[] withEndingOf(byte[] original, byte[] written) {
        if (original.length == 0 || original[original.length - 1] == '\n' || original[original.length - 1] == '\r') {
            return written;
        }
        int end = written.length;
        if (end > 0 && written[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && written[end - 1] == '\r') {
            end--;
        }
        return java.util.Arrays.copyOf(written, end);
    }
}
