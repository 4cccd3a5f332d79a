package org.tarjima.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded XLIFF file that can be read more than once (a check, then a streaming read) without being
 * held in memory: a temporary file for uploads, bytes for small files and tests.
 */
public interface XliffSource {

    InputStream open() throws IOException;

    long size();

    static XliffSource of(byte[] content) {
        return new XliffSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public long size() {
                return content.length;
            }

            /** The uploaded bytes themselves: a copy of a 100k-unit file would cost its size again in heap. */
            @Override
            public byte[] readAll() {
                return content;
            }
        };
    }

    static XliffSource of(Path file) {
        return new XliffSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The whole content; only for files known to be small (the original kept with a new document). */
    default byte[] readAll() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
