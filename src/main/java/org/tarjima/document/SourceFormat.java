package org.tarjima.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Optional;

/** The source formats an article can be imported from. */
public enum SourceFormat {
    TEXT, HTML, MARKDOWN, XLIFF,
    /** A Java/ICU message bundle: one segment per key, exported back as the same file with translated values. */
    PROPERTIES;

    /** The root element of an XLIFF file, after an optional declaration, comments and DOCTYPE. */
    private static final Pattern XLIFF_ROOT = Pattern.compile(
            "^(<\\?xml[^>]*\\?>)?(\\s|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\\w.-]*:)?xliff[\\s>/]", Pattern.DOTALL);

    /** Whether the file is XLIFF, by its content whatever its name (.xlf, .sdlxliff, .mqxliff, .xliff…). */
    public static boolean isXliff(byte[] content) {
        int length = Math.min(content.length, 4096);
        String head;
        if (length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            head = new String(content, 2, length - 2, StandardCharsets.UTF_16BE);
        } else if (length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            head = new String(content, 2, length - 2, StandardCharsets.UTF_16LE);
        } else {
            head = new String(content, 0, length, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
        }
        return XLIFF_ROOT.matcher(head.stripLeading()).find();
    }

    /** Recognises an article's format by the file's extension, then by its first bytes. */
    public static Optional<SourceFormat> detect(String fileName, byte[] content) {
        if (isXliff(content)) {
            return Optional.of(XLIFF);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".properties")) {
            return Optional.of(PROPERTIES);
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return Optional.of(HTML);
        }
        if (head.startsWith("<")) {
            return Optional.empty();
        }
        return Optional.of(TEXT);
    }
}
