package org.tarjima.interchange.okapi;

import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a translated HTML page's language on its {@code <html>} element: {@code lang} (and {@code xml:lang} where the
 * page has it) become the target locale, and {@code dir} follows the target's writing direction when the page sets
 * one. A page without a {@code lang} gets one. Nothing else of the page changes.
 */
final class HtmlLanguage {

    private static final Pattern HTML_TAG = Pattern.compile("<html\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANG = Pattern.compile("(\\s(?:xml:)?lang\\s*=\\s*)([\"'])[^\"']*\\2", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIR = Pattern.compile("(\\sdir\\s*=\\s*)([\"'])[^\"']*\\2", Pattern.CASE_INSENSITIVE);

    private HtmlLanguage() {
    }

    /** @param page the page as written by Okapi, in UTF-8 */
    static byte[] set(byte[] page, String targetLocale) {
        String html = new String(page, StandardCharsets.UTF_8);
        Matcher tag = HTML_TAG.matcher(html);
        if (!tag.find()) {
            return page;
        }
        String element = tag.group();
        String changed = LANG.matcher(element).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + targetLocale + m.group(2)));
        if (!LANG.matcher(element).find()) {
            changed = element.substring(0, 5) + " lang=\"" + targetLocale + "\"" + element.substring(5);
        }
        String direction = ULocale.forLanguageTag(targetLocale).isRightToLeft() ? "rtl" : "ltr";
        changed = DIR.matcher(changed).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + direction + m.group(2)));
        if (changed.equals(element)) {
            return page;
        }
        return (html.substring(0, tag.start()) + changed + html.substring(tag.end())).getBytes(StandardCharsets.UTF_8);
    }
}
