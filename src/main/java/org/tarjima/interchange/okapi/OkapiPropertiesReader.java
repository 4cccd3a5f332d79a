package org.tarjima.interchange.okapi;

import org.tarjima.base.i18n.Message;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.StorableText;
import org.tarjima.document.BlockType;
import org.tarjima.document.DocumentImportException;
import org.tarjima.document.ExtractedArticle;
import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.bundle.MessageBundle;
import org.tarjima.interchange.bundle.MessageBundleReader;

/**
 * Reads a .properties bundle with Okapi's properties filter, one entry per key. Okapi reads almost anything as
 * properties (it warns about a broken escape and goes on), so the lines are checked first and a file that the
 * application itself would misread is refused with its line number.
 */
@Component
class OkapiPropertiesReader implements MessageBundleReader {

    /**
     * The bundle as a document: one block and one segment per key with a value (an empty value has nothing to
     * translate), the key as the segment's context and the comments above it as its notes.
     */
    ExtractedArticle article(byte[] content, String locale) {
        MessageBundle bundle;
        try {
            bundle = read(content, locale);
        } catch (InterchangeException e) {
            throw new DocumentImportException(e.userMessage(), e.getMessage(), e);
        }
        List<ExtractedArticle.Block> blocks = new ArrayList<>();
        for (MessageBundle.Entry entry : bundle.entries()) {
            if (!entry.value().isBlank()) {
                blocks.add(new ExtractedArticle.Block(BlockType.PARAGRAPH, List.of(entry.value()), entry.notes(),
                        entry.key()));
            }
        }
        return new ExtractedArticle(blocks);
    }

    @Override
    public MessageBundle read(byte[] content, String locale) {
        String text = PropertiesFilters.decodeUtf8(content);
        PropertiesLines lines = PropertiesLines.scan(text);
        List<MessageBundle.Entry> entries = new ArrayList<>();
        try (IFilter filter = PropertiesFilters.create()) {
            filter.open(new RawDocument(new ByteArrayInputStream(content), StandardCharsets.UTF_8.name(),
                    LocaleId.fromBCP47(locale)));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    int index = entries.size();
                    if (index >= lines.keys().size() || !lines.keys().get(index).key().equals(unit.getName())) {
                        throw new InterchangeException(Message.of("refusal.propertiesNearKey", unit.getName()),
                                "The file could not be read as a .properties bundle near key '"
                                + unit.getName() + "'. Nothing was imported.");
                    }
                    PropertiesLines.Key key = lines.keys().get(index);
                    var value = OkapiFragments.exactly(unit.getSource().getFirstContent());
                    StorableText.problem(value).ifPresent(problem -> {
                        throw new InterchangeException(Message.of("refusal.bundleValue", key.key(), key.line(), problem.message()),
                                "The value of '" + key.key() + "' (line " + key.line() + ") cannot be "
                                + "imported: " + problem.reason() + ". Nothing was imported.");
                    });
                    entries.add(new MessageBundle.Entry(key.key(), value, key.notes(), key.line()));
                }
            }
        } catch (OkapiException e) {
            throw new InterchangeException(Message.of("refusal.propertiesUnreadable", String.valueOf(e.getMessage())),
                    "The file could not be read as a .properties bundle: " + e.getMessage()
                    + ". Nothing was imported.", e);
        }
        if (entries.size() != lines.keys().size()) {
            throw new InterchangeException(Message.of("refusal.propertiesMismatch", lines.keys().size(), entries.size()),
                    "The file could not be read as a .properties bundle: " + lines.keys().size()
                    + " keys were found in its lines but " + entries.size() + " were read. Nothing was imported.");
        }
        return new MessageBundle(entries, lines.header());
    }
}
