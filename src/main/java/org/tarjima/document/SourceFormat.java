package org.tarjima.document;

import org.tarjima.base.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Optional;

/** The source formats an article can be imported from, each with the media type and extension it goes out with. */
public enum SourceFormat {
    TEXT("text/plain;charset=UTF-8", "txt"),
    HTML("text/html", "html"),
    MARKDOWN("text/markdown;charset=UTF-8", "md"),
    XLIFF("application/xliff+xml", "xlf"),
    /** A Java/ICU message bundle: one segment per key, exported back as the same file with translated values. */
    PROPERTIES("text/x-java-properties;charset=UTF-8", "properties"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** An OpenDocument text (LibreOffice Writer). */
    ODT("application/vnd.oasis.opendocument.text", "odt");

    private final String mediaType;
    private final String extension;

    SourceFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type a file of this format is sent with. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** A zip package of XML parts (Office Open XML or OpenDocument), checked by {@link OfficePackage} before reading. */
    public boolean isOfficePackage() {
        return this == DOCX || this == PPTX || this == XLSX || this == ODT;
    }

    /** The root element of an XLIFF file, after an optional declaration, comments and DOCTYPE. */
    private static final Pattern XLIFF_ROOT = Pattern.compile(
            "^(<\\?xml[^>]*\\?>)?(\\s|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\\w.-]*:)?xliff[\\s>/]", Pattern.DOTALL);

    private static final Pattern OFFICE_NAME = Pattern.compile(".*\\.(docx|docm|dotx|pptx|pptm|xlsx|xlsm|odt|ott)$");

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

    /**
     * Recognises an article's format: XLIFF and office packages by their content whatever their name, the others by
     * the file's extension, then by their first bytes.
     *
     * @throws DocumentImportException for a package or binary file that is recognisably not something Tarjima reads
     *                                 (an encrypted or 97–2003 Office file, a zip of something else), with the reason
     */
    public static Optional<SourceFormat> detect(String fileName, byte[] content) {
        if (isXliff(content)) {
            return Optional.of(XLIFF);
        }
        Optional<SourceFormat> office = OfficePackage.recognise(DocumentService.documentName(fileName), content);
        if (office.isPresent()) {
            return office;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (OFFICE_NAME.matcher(name).matches()) {
            throw new DocumentImportException(Message.of("refusal.notZipPackage"),
                    "'" + DocumentService.documentName(fileName) + "' is named like an office "
                    + "document but is not one (it is not a zip package): it may be damaged, or another kind of file "
                    + "renamed. Open it in Word or LibreOffice, save it again, and upload that.");
        }
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
