package org.tarjima.document;

import org.tarjima.base.i18n.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An office document as uploaded: a zip of XML parts (Word, PowerPoint, Excel, OpenDocument). It is recognised from
 * its content, and checked here, with the JDK's zip reader only, before Okapi sees it: a file that is not a complete
 * zip, an encrypted document, a zip bomb (more uncompressed bytes in total, or a more extreme ratio, than any real
 * document has) or a part that declares a DOCTYPE is refused with the reason, so that no reader inflates gigabytes or
 * resolves an entity. External relationships (links, linked images, templates) are never followed by any reader: they
 * need no check. Macros are neither run nor removed: the translated file is the original with its text replaced.
 */
public final class OfficePackage {

    /** The most uncompressed bytes a package may hold in all its parts: far above a 100 MB document's text. */
    public static final long MAX_UNCOMPRESSED_BYTES = 2L * 1024 * 1024 * 1024;
    /**
     * The most one part may expand, for parts larger than {@link #RATIO_FLOOR_BYTES}: real XML compresses 5–30 times
     * (a document of one paragraph repeated, about 100); deflate's limit, which bombs use, is about 1,000.
     */
    public static final int MAX_RATIO = 250;
    static final long RATIO_FLOOR_BYTES = 16L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final Pattern PROLOG_DOCTYPE = Pattern.compile("^(\\s|<\\?.*?\\?>|<!--.*?-->)*<!DOCTYPE", Pattern.DOTALL);
    private static final int HEAD_BYTES = 64 * 1024;

    private OfficePackage() {
    }

    /**
     * The office format of a file, by its content; empty when it is no office package at all.
     *
     * @throws DocumentImportException when it is an office file Tarjima cannot read (encrypted, 97–2003, damaged, a zip
     *                                 of something else), with what to do about it
     */
    static Optional<SourceFormat> recognise(String name, byte[] content) {
        if (startsWith(content, OLE2)) {
            if (indexOf(content, ENCRYPTED_PACKAGE) >= 0) {
                throw new DocumentImportException(Message.of("refusal.wordPassword"),
                        "'" + name + "' is protected with a password. Remove the password "
                        + "(in Word: File › Info › Protect Document › Encrypt with Password, leave it empty), save, and "
                        + "upload it again.");
            }
            throw new DocumentImportException(Message.of("refusal.oldOffice"),
                    "'" + name + "' is an old Office 97–2003 file (.doc, .xls or .ppt). "
                    + "Save it as a Word document (.docx) or OpenDocument text (.odt) and upload that.");
        }
        if (!startsWith(content, ZIP)) {
            return Optional.empty();
        }
        String contentTypes = null;
        String mimetype = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    contentTypes = head(zip);
                } else if (entry.getName().equals("mimetype")) {
                    mimetype = head(zip).strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(name);
        }
        if (contentTypes != null) {
            String types = contentTypes.toLowerCase(Locale.ROOT);
            if (types.contains("wordprocessingml.document.main+xml") || types.contains("wordprocessingml.template.main+xml")
                    || types.contains("ms-word.document.macroenabled.main+xml") || types.contains("ms-word.template.macroenabledtemplate.main+xml")) {
                return Optional.of(SourceFormat.DOCX);
            }
            if (types.contains("presentationml.presentation.main+xml") || types.contains("presentationml.slideshow.main+xml")
                    || types.contains("ms-powerpoint.presentation.macroenabled.main+xml")) {
                return Optional.of(SourceFormat.PPTX);
            }
            if (types.contains("spreadsheetml.sheet.main+xml") || types.contains("ms-excel.sheet.macroenabled.main+xml")) {
                return Optional.of(SourceFormat.XLSX);
            }
        }
        if (SourceFormat.ODT.mediaType().equals(mimetype)) {
            return Optional.of(SourceFormat.ODT);
        }
        if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.")) {
            throw new DocumentImportException(Message.of("refusal.otherOdf", mimetype),
                    "'" + name + "' is an OpenDocument file of another kind (" + mimetype
                    + "). Tarjima reads OpenDocument text (.odt); for a spreadsheet or presentation, save it as .xlsx or .pptx.");
        }
        throw new DocumentImportException(Message.of("refusal.zipArchive"),
                "'" + name + "' is a zip archive, not a document Tarjima reads. Upload a "
                + "Word (.docx), PowerPoint (.pptx), Excel (.xlsx) or OpenDocument text (.odt) file, or the files inside "
                + "the archive one by one.");
    }

    /**
     * Reads every part of the package once, counting what it really inflates to (sizes in a zip's headers can lie).
     *
     * @throws DocumentImportException with the reason, when the package is damaged, encrypted, a zip bomb or has a part
     *                                 with a DOCTYPE
     */
    static void check(String name, SourceFormat format, byte[] content) {
        if (!hasEndOfCentralDirectory(content)) {
            throw damaged(name);
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String part = entry.getName();
                boolean xml = isXmlPart(part);
                StringBuilder head = new StringBuilder();
                long size = 0;
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    size += read;
                    total += read;
                    if (xml && head.length() < HEAD_BYTES) {
                        head.append(new String(buffer, 0, Math.min(read, HEAD_BYTES), StandardCharsets.ISO_8859_1));
                    }
                    if (total > MAX_UNCOMPRESSED_BYTES) {
                        throw bomb(name, "its parts expand to more than " + MAX_UNCOMPRESSED_BYTES / (1024 * 1024) + " MB");
                    }
                    // The compressed size is known here when the zip's local header gives it, else once the part is read.
                    if (expandsTooMuch(entry, size)) {
                        throw bomb(name, "its part " + part + " expands more than " + MAX_RATIO + " times");
                    }
                }
                if (expandsTooMuch(entry, size)) {
                    throw bomb(name, "its part " + part + " expands more than " + MAX_RATIO + " times");
                }
                if (xml && PROLOG_DOCTYPE.matcher(head).find()) {
                    throw new DocumentImportException(Message.of("refusal.partDoctype", part),
                            "'" + name + "' cannot be imported: its part " + part + " declares "
                            + "a DOCTYPE. Office documents never have one, and Tarjima refuses it so that no entity is "
                            + "ever expanded or fetched. Nothing was imported.");
                }
                if (format == SourceFormat.ODT && part.equals("META-INF/manifest.xml")
                        && head.indexOf("encryption-data") >= 0) {
                    throw new DocumentImportException(Message.of("refusal.odfPassword"),
                            "'" + name + "' is protected with a password. Save it again "
                            + "without one (in LibreOffice: File › Save As, untick “Save with password”) and upload it again.");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipException, EOFException: a part cut short or not deflate data; IllegalArgumentException: a bad name.
            throw damaged(name);
        }
    }

    private static boolean expandsTooMuch(ZipEntry entry, long size) {
        return size > RATIO_FLOOR_BYTES && entry.getCompressedSize() > 0 && size / entry.getCompressedSize() > MAX_RATIO;
    }

    private static boolean isXmlPart(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    private static DocumentImportException damaged(String name) {
        return new DocumentImportException(Message.of("refusal.damaged"),
                "'" + name + "' is damaged: it is not a complete document (perhaps the upload "
                + "or the copy was cut short). Open it in Word or LibreOffice, save it again, and upload that.");
    }

    private static DocumentImportException bomb(String name, String why) {
        return new DocumentImportException(Message.of("refusal.zipBomb"),
                "'" + name + "' cannot be imported: " + why + ", far more than any real "
                + "document. Such a file is built to exhaust the server's memory (a \"zip bomb\"). Nothing was imported.");
    }

    /** A zip ends with its directory; a file cut short has none, and Okapi (which reads the directory) cannot open it. */
    private static boolean hasEndOfCentralDirectory(byte[] content) {
        int from = Math.max(0, content.length - (65_535 + 22));
        for (int i = content.length - 22; i >= from; i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static String head(InputStream in) throws IOException {
        return new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] needle) {
        outer:
        for (int i = 0; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
