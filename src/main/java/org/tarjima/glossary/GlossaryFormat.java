package org.tarjima.glossary;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The files a glossary goes out as and comes in from. */
public enum GlossaryFormat {
    /** UTF-8 CSV (RFC 4180) with a header row; one row per source term, columns per locale. */
    CSV("csv", "text/csv;charset=UTF-8"),
    /** TBX v3 (TBX-Basic dialect, DCA style): conceptEntry, langSec, termSec. */
    TBX("tbx", "application/x-tbx+xml");

    private final String extension;
    private final String mediaType;

    GlossaryFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * @throws GlossaryException for anything but csv and tbx
     */
    public static GlossaryFormat named(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (GlossaryFormat format : values()) {
            if (format.extension.equals(lower)) {
                return format;
            }
        }
        throw new GlossaryException("glossary.error.format", "The glossary format is csv or tbx, not '" + name + "'",
                String.valueOf(name));
    }

    /** By the file's extension, else by its content: XML is TBX, anything else is read as CSV. */
    static GlossaryFormat of(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx")) {
            return TBX;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return CSV;
        }
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .stripLeading();
        return start.startsWith("<") ? TBX : CSV;
    }
}
