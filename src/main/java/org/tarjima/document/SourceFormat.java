package org.tarjima.document;

import java.util.Locale;
import java.util.Optional;

/** The source formats an article can be imported from. */
public enum SourceFormat {
    TEXT, HTML, MARKDOWN;

    /** Recognises the format by the file's extension, then by its first bytes. */
    public static Optional<SourceFormat> detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        String head = new String(content, 0, Math.min(content.length, 512), java.nio.charset.StandardCharsets.UTF_8)
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
