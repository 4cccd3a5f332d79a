package org.tarjima.interchange.okapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.tmx.TmxReader;
import org.tarjima.interchange.tmx.TmxUnit;
import org.tarjima.interchange.XliffSource;

/**
 * Reads TMX with Okapi's TMX filter (which turns DTD support off itself); only called on files that passed
 * {@link org.tarjima.interchange.tmx.TmxPrecheck}. Codes keep their ids and original data.
 */
@Component
class OkapiTmxReader implements TmxReader {

    @Override
    public void read(XliffSource file, String sourceLocale, String targetLocale, Consumer<TmxUnit> each) {
        read(file, "UTF-8", sourceLocale, targetLocale, each);
    }

    @Override
    public void read(XliffSource file, String encoding, String sourceLocale, String targetLocale, Consumer<TmxUnit> each) {
        LocaleId source = LocaleId.fromBCP47(sourceLocale);
        LocaleId target = LocaleId.fromBCP47(targetLocale);
        try (InputStream in = file.open(); TmxFilter filter = new TmxFilter()) {
            // Okapi's filter decodes with the encoding it is given unless the file starts with a byte order mark.
            FilterCalls.refusing("The TMX file", () -> {
                filter.open(new RawDocument(in, encoding == null ? "UTF-8" : encoding, source, target));
                return null;
            });
            while (FilterCalls.refusing("The TMX file", filter::hasNext)) {
                Event event = FilterCalls.refusing("The TMX file", filter::next);
                if (event.isTextUnit()) {
                    unit(event.getTextUnit(), target).ifPresent(each);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<TmxUnit> unit(ITextUnit tu, LocaleId target) {
        TextContainer content = tu.getTarget(target);
        if (content == null) {
            return java.util.Optional.empty();
        }
        InlineText source = OkapiFragments.fromXliff(tu.getSource().getUnSegmentedContentCopy());
        InlineText text = OkapiFragments.fromXliff(content.getUnSegmentedContentCopy());
        if (source.isBlank() || text.isBlank()) {
            return java.util.Optional.empty();
        }
        // The text's author: changeid (who wrote the text as it is), else creationid; Tarjima's own older files
        // carried the date only in x-tarjima-changedate.
        String createdBy = attribute(tu, content, "creationid");
        Instant createdAt = tmxDate(attribute(tu, content, "creationdate"));
        String changedBy = attribute(tu, content, "changeid");
        Instant changedAt = tmxDate(attribute(tu, content, "changedate"));
        if (changedAt == null) {
            changedAt = instant(value(tu.getProperty(OkapiTmxWriter.CHANGED_AT)));
        }
        return java.util.Optional.of(new TmxUnit(source, text, value(tu.getProperty(OkapiTmxWriter.STATE)), createdBy,
                createdAt, changedBy != null ? changedBy : createdBy, changedAt != null ? changedAt : createdAt,
                value(tu.getProperty(OkapiTmxWriter.PROJECT)), value(tu.getProperty(OkapiTmxWriter.DOCUMENT))));
    }

    /** A TMX attribute of the target's tuv, else of the tu. */
    private static String attribute(ITextUnit tu, TextContainer target, String name) {
        String value = value(target.getProperty(name));
        return value != null ? value : value(tu.getProperty(name));
    }

    /** TMX 1.4b's date format, YYYYMMDDThhmmssZ (UTC). */
    private static Instant tmxDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(value, OkapiTmxWriter.TMX_DATE).toInstant(java.time.ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String value(Property property) {
        return property == null || property.getValue() == null || property.getValue().isBlank() ? null : property.getValue();
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
