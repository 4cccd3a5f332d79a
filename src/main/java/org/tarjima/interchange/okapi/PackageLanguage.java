package org.tarjima.interchange.okapi;

import com.ibm.icu.util.ULocale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tarjima.document.SourceFormat;

/**
 * Sets a translated office document's language: Okapi's writers replace the text but leave the language the text is
 * marked with, so Word or LibreOffice would spell-check Russian as English. Every language mark equal to the source
 * language (Word's w:lang, PowerPoint's lang, OpenDocument's fo:language and fo:country, the document properties'
 * dc:language) becomes the target's; marks of other languages (a quoted French name) stay. Parts without one are copied
 * as they are.
 */
final class PackageLanguage {

    /** Languages Word and LibreOffice name with their script, since they are written in more than one. */
    private static final Set<String> SCRIPT_NAMED = Set.of("uz", "tg", "az", "sr", "bs", "mn", "ha", "pa");
    private static final Pattern WORD_LANG = Pattern.compile("(<w:lang\\b[^>]*?\\bw:val=\")([A-Za-z]{2,3})((?:-[A-Za-z0-9]+)*)(\")");
    /** The run defaults' properties, up to where a language goes (before East Asian layout, which follows it). */
    private static final Pattern RUN_DEFAULTS = Pattern.compile("<w:rPrDefault><w:rPr>.*?((?=<w:eastAsianLayout)|(?=<w:specVanish)|(?=</w:rPr>))", Pattern.DOTALL);
    private static final Pattern STYLES_START = Pattern.compile("<w:styles\\b[^>]*>");
    private static final Pattern SWAPPED_DEFAULTS = Pattern.compile(
            "<w:docDefaults>(<w:pPrDefault(?:/>|>.*?</w:pPrDefault>))(<w:rPrDefault(?:/>|>.*?</w:rPrDefault>))", Pattern.DOTALL);
    private static final Pattern DRAWING_LANG = Pattern.compile("(<a:(?:rPr|endParaRPr|defRPr)\\b[^>]*?\\blang=\")([A-Za-z]{2,3})((?:-[A-Za-z0-9]+)*)(\")");
    private static final Pattern DC_LANGUAGE = Pattern.compile("(<dc:language>)([A-Za-z]{2,3})((?:-[A-Za-z0-9]+)*)(</dc:language>)");
    private static final Pattern ODF_PROPERTIES = Pattern.compile("<style:(?:text-properties|default-style)\\b[^>]*>");
    private static final Pattern ODF_LANGUAGE = Pattern.compile("\\bfo:language=\"([A-Za-z]{2,3})\"");
    private static final Pattern ODF_COUNTRY = Pattern.compile("\\bfo:country=\"[A-Za-z0-9]+\"");

    private PackageLanguage() {
    }

    static byte[] set(byte[] pack, SourceFormat format, String sourceLocale, String targetLocale) {
        String source = ULocale.forLanguageTag(sourceLocale).getLanguage();
        ULocale target = ULocale.addLikelySubtags(ULocale.forLanguageTag(targetLocale));
        String officeTag = officeTag(targetLocale, target);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pack.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pack));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (carriesLanguage(entry.getName())) {
                    content = relabel(new String(content, StandardCharsets.UTF_8), format, source, officeTag, target)
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getTime() >= 0) {
                    copy.setTime(entry.getTime());
                }
                if (entry.getMethod() == ZipEntry.STORED) {
                    // OpenDocument's mimetype must stay first and uncompressed.
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set the language of the translated document", e);
        }
        return out.toByteArray();
    }

    private static boolean carriesLanguage(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") && (lower.startsWith("word/") || lower.startsWith("ppt/") || lower.startsWith("docprops/")
                || lower.equals("content.xml") || lower.equals("styles.xml") || lower.equals("meta.xml"));
    }

    private static String relabel(String xml, SourceFormat format, String source, String officeTag, ULocale target) {
        String result = replaceLanguage(DC_LANGUAGE, xml, source, officeTag);
        return switch (format) {
            case DOCX -> defaultsInOrder(defaultLanguage(replaceLanguage(WORD_LANG, result, source, officeTag), officeTag));
            case PPTX -> replaceLanguage(DRAWING_LANG, result, source, officeTag);
            case ODT -> relabelOdf(result, source, target);
            default -> result;
        };
    }

    /**
     * Word's document-wide language is in styles.xml's run defaults. Okapi's writer empties those defaults (it moves
     * run properties into the runs, but not the language), so the translated document would have none: it is set.
     */
    private static String defaultLanguage(String xml, String officeTag) {
        if (!xml.contains("<w:styles") || xml.contains("<w:rPrDefault><w:rPr><w:lang ")) {
            return xml;
        }
        String lang = "<w:lang w:val=\"" + officeTag + "\"/>";
        if (xml.contains("<w:rPrDefault/>")) {
            return xml.replace("<w:rPrDefault/>", "<w:rPrDefault><w:rPr>" + lang + "</w:rPr></w:rPrDefault>");
        }
        Matcher defaults = RUN_DEFAULTS.matcher(xml);
        if (defaults.find()) {
            if (defaults.group().contains("<w:lang ")) {
                return xml;
            }
            return xml.substring(0, defaults.end(1)) + lang + xml.substring(defaults.end(1));
        }
        if (xml.contains("<w:docDefaults>")) {
            return xml.replace("<w:docDefaults>", "<w:docDefaults><w:rPrDefault><w:rPr>" + lang + "</w:rPr></w:rPrDefault>");
        }
        Matcher styles = STYLES_START.matcher(xml);
        if (styles.find()) {
            return xml.substring(0, styles.end()) + "<w:docDefaults><w:rPrDefault><w:rPr>" + lang
                    + "</w:rPr></w:rPrDefault></w:docDefaults>" + xml.substring(styles.end());
        }
        return xml;
    }

    /**
     * Okapi's writer puts the paragraph defaults before the run defaults; the schema (and Word's strict reading) wants
     * the run defaults first, as the original had them.
     */
    private static String defaultsInOrder(String xml) {
        Matcher defaults = SWAPPED_DEFAULTS.matcher(xml);
        if (!defaults.find()) {
            return xml;
        }
        return xml.substring(0, defaults.start()) + "<w:docDefaults>" + defaults.group(2) + defaults.group(1)
                + xml.substring(defaults.end(2));
    }

    private static String replaceLanguage(Pattern pattern, String xml, String source, String officeTag) {
        Matcher mark = pattern.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (mark.find()) {
            String replacement = mark.group(2).equalsIgnoreCase(source)
                    ? mark.group(1) + officeTag + mark.group(4) : mark.group();
            mark.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        mark.appendTail(out);
        return out.toString();
    }

    private static String relabelOdf(String xml, String source, ULocale target) {
        Matcher element = ODF_PROPERTIES.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (element.find()) {
            String tag = element.group();
            Matcher language = ODF_LANGUAGE.matcher(tag);
            if (language.find() && language.group(1).equalsIgnoreCase(source)) {
                tag = language.replaceFirst(Matcher.quoteReplacement("fo:language=\"" + target.getLanguage() + "\""));
                tag = ODF_COUNTRY.matcher(tag).replaceFirst(Matcher.quoteReplacement("fo:country=\"" + target.getCountry() + "\""));
            }
            element.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        element.appendTail(out);
        return out.toString();
    }

    /** ru → ru-RU, kk → kk-KZ, uz → uz-Latn-UZ, uz-Cyrl → uz-Cyrl-UZ, tg → tg-Cyrl-TJ: the names Office uses. */
    static String officeTag(String targetLocale, ULocale likely) {
        ULocale asked = ULocale.forLanguageTag(targetLocale);
        boolean script = !asked.getScript().isEmpty() || SCRIPT_NAMED.contains(likely.getLanguage());
        return likely.getLanguage() + (script ? "-" + likely.getScript() : "")
                + (likely.getCountry().isEmpty() ? "" : "-" + likely.getCountry());
    }
}
