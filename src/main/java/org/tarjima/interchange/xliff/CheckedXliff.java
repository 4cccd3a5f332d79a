package org.tarjima.interchange.xliff;

import org.tarjima.interchange.InterchangeException;
import org.tarjima.interchange.XliffSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded XLIFF file that passed {@link XliffPrecheck}, and the content the readers get: the upload itself, or,
 * when the precheck found something no reader may see (a DOCTYPE, a reference to another resource, an encoding other
 * than UTF-8, markup okapi-lib-xliff2 would refuse), a rewritten copy without it ({@link XliffRewrite}). The import
 * services read files only through this class, so nothing in an upload reaches Okapi unchecked. Closing deletes a
 * rewritten copy kept on disk.
 */
public final class CheckedXliff implements AutoCloseable {

    /** Up to this size a rewritten copy stays in memory; larger ones go to a temporary file. */
    private static final long IN_MEMORY = 8L * 1024 * 1024;

    private final XliffPrecheck.Inspection inspection;
    private final XliffSource content;
    private final Path temporary;

    private CheckedXliff(XliffPrecheck.Inspection inspection, XliffSource content, Path temporary) {
        this.inspection = inspection;
        this.content = content;
        this.temporary = temporary;
    }

    /**
     * Checks the upload and prepares what the readers will read.
     *
     * @throws InterchangeException with the reason when the file is refused
     */
    public static CheckedXliff of(XliffSource upload) {
        XliffPrecheck.Inspection inspection = XliffPrecheck.inspect(upload);
        if (inspection.rewrites().isEmpty()) {
            return new CheckedXliff(inspection, upload, null);
        }
        if (upload.size() <= IN_MEMORY) {
            ByteArrayOutputStream copy = new ByteArrayOutputStream((int) upload.size() + 256);
            try (InputStream in = upload.open()) {
                XliffRewrite.copy(in, copy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new CheckedXliff(inspection, XliffSource.of(copy.toByteArray()), null);
        }
        Path file;
        try {
            file = Files.createTempFile("tarjima-xliff-", ".xlf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            XliffRewrite.copy(upload, file);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        return new CheckedXliff(inspection, XliffSource.of(file), file);
    }

    public XliffHeader header() {
        return inspection.header();
    }

    /** What the precheck found. */
    XliffPrecheck.Inspection inspection() {
        return inspection;
    }

    /** What the readers read: safe to hand to Okapi. */
    public XliffSource content() {
        return content;
    }

    /** Whether the readers get a rewritten copy rather than the upload (for tests and logs). */
    public boolean rewritten() {
        return !inspection.rewrites().isEmpty();
    }

    @Override
    public void close() {
        if (temporary != null) {
            delete(temporary);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is the operating system's to clean
        }
    }
}
