package org.tarjima.interchange.okapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.springframework.stereotype.Component;
import org.tarjima.base.text.InlineText;
import org.tarjima.document.DocumentMerger;
import org.tarjima.document.SourceFormat;

/**
 * Writes a translated article through Okapi's own filter writers (HTML, Markdown, plain text, OpenXML, OpenDocument):
 * the original is read again exactly as at import, each kept segment gets its translation as the unit's target, and
 * the writer puts the targets where the source text was, leaving everything else of the file as it was. A target's
 * codes are the source's own (their markup comes from the original, never from the stored text), so formatting cannot
 * be lost or forged by a translation; a code the translation left out is put back at its end.
 */
@Component
class OkapiDocumentMerger implements DocumentMerger {

    private final SrxSentenceSegmenter segmenter;

    OkapiDocumentMerger(SrxSentenceSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public byte[] merge(byte[] original, SourceFormat format, String sourceLocale, String targetLocale,
                        int segmentCount, String segmentation, IntFunction<InlineText> targets) {
        LocaleId target = LocaleId.fromBCP47(targetLocale);
        // The import's own ranges when it recorded them (SRX is most of the time a download takes); else SRX again.
        UnitSplits splits = segmentation == null ? null : UnitSplits.replaying(segmentation);
        ISegmenter sentences = splits == null ? segmenter.forLocale(sourceLocale) : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + original.length / 4);
        int ordinal = 0;
        try (ArticleFilters.Opened opened = ArticleFilters.open(original, format, sourceLocale, targetLocale);
             IFilter filter = ArticleFilters.filterFor(format)) {
            filter.open(opened.document());
            IFilterWriter writer = filter.createFilterWriter();
            // Every format goes out as UTF-8 (HTML's declared charset follows): Kazakh or Uzbek letters fit no legacy one.
            writer.setOptions(target, StandardCharsets.UTF_8.name());
            writer.setOutput(out);
            try {
                while (filter.hasNext()) {
                    Event event = filter.next();
                    if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                        ITextUnit unit = event.getTextUnit();
                        List<UnitSegments.Kept> kept = splits == null ? UnitSegments.kept(unit, sentences)
                                : replayed(unit, splits);
                        TextContainer translated = unit.createTarget(target, true, IResource.COPY_ALL);
                        for (UnitSegments.Kept each : kept) {
                            Segment segment = each.segment();
                            InlineText translation = ++ordinal <= segmentCount ? targets.apply(ordinal) : null;
                            if (translation != null) {
                                translated.getSegments().get(segment.getId()).text = withTranslation(segment.getContent(), translation);
                            }
                        }
                        // Writers of formats that are not bilingual write the target as one text: some (OpenXML) drop
                        // the whitespace between segments when given them apart.
                        translated.joinAll();
                    }
                    writer.handleEvent(event);
                }
            } finally {
                writer.close();
            }
        }
        if (ordinal != segmentCount || (splits != null && !splits.exhausted())) {
            throw new IllegalStateException("The original file reads into " + ordinal + " segments, not the "
                    + segmentCount + " stored at import: the translated file cannot be written from it");
        }
        byte[] written = out.toByteArray();
        if (format.isOfficePackage()) {
            return PackageLanguage.set(written, format, sourceLocale, targetLocale);
        }
        if (format == SourceFormat.HTML) {
            return HtmlLanguage.set(written, targetLocale);
        }
        if (ArticleFilters.hasUtf8Bom(original) && !ArticleFilters.hasUtf8Bom(written)) {
            byte[] withBom = new byte[written.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(written, 0, withBom, 3, written.length);
            return withBom;
        }
        return written;
    }

    private static List<UnitSegments.Kept> replayed(ITextUnit unit, UnitSplits splits) {
        List<net.sf.okapi.common.Range> ranges = splits.next();
        if (ranges == null) {
            throw new IllegalStateException("The original file has more text units than the import recorded: the "
                    + "translated file cannot be written from it");
        }
        return UnitSegments.kept(unit, ranges);
    }

    /**
     * The source segment's content with its text replaced by the translation: the whitespace around the sentence (which
     * belongs between sentences, and was trimmed at import) stays, and each code is the source's own code of that id.
     */
    static TextFragment withTranslation(TextFragment source, InlineText translation) {
        String coded = source.getCodedText();
        List<Code> codes = source.getCodes();
        TextFragment result = new TextFragment();
        result.append(leadingSpace(coded));
        List<Code> used = new ArrayList<>();
        for (InlineText.Part part : translation.parts()) {
            if (part instanceof InlineText.Text text) {
                result.append(text.value());
            } else if (part instanceof InlineText.Code code) {
                Code original = find(codes, code, used);
                if (original != null) {
                    used.add(original);
                    result.append(original.clone());
                }
            }
        }
        // Codes the translation left out: openings and placeholders first, then closings, so that pairs stay whole.
        for (Code code : codes) {
            if (!used.contains(code) && code.getTagType() != TextFragment.TagType.CLOSING) {
                result.append(code.clone());
            }
        }
        for (Code code : codes) {
            if (!used.contains(code) && code.getTagType() == TextFragment.TagType.CLOSING) {
                result.append(code.clone());
            }
        }
        result.append(trailingSpace(coded));
        return result;
    }

    private static Code find(List<Code> codes, InlineText.Code wanted, List<Code> used) {
        TextFragment.TagType tag = switch (wanted.kind()) {
            case OPEN -> TextFragment.TagType.OPENING;
            case CLOSE -> TextFragment.TagType.CLOSING;
            case ISOLATED -> TextFragment.TagType.PLACEHOLDER;
        };
        for (Code code : codes) {
            if (!used.contains(code) && code.getId() == wanted.id() && code.getTagType() == tag) {
                return code;
            }
        }
        return null;
    }

    private static String leadingSpace(String coded) {
        int i = 0;
        while (i < coded.length() && Character.isWhitespace(coded.charAt(i))) {
            i++;
        }
        return coded.substring(0, i);
    }

    private static String trailingSpace(String coded) {
        int i = coded.length();
        // A code's index character lies in the private use area: never whitespace.
        while (i > 0 && Character.isWhitespace(coded.charAt(i - 1))) {
            i--;
        }
        return coded.length() == leadingSpace(coded).length() ? "" : coded.substring(i);
    }
}
