package org.tarjima.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a job produces (a zip of exports, of translated documents), written to a temporary file that the job list
 * offers for download and deletes when the job is forgotten; a writing that fails leaves no file behind.
 */
public final class JobFiles {

    private JobFiles() {
    }

    /** Writes the file and names it (the name the download gets). */
    @FunctionalInterface
    public interface Writing {
        String write(OutputStream out) throws IOException;
    }

    /**
     * @param prefix the temporary file's prefix ("tarjima-export-")
     * @param suffix its suffix (".zip")
     */
    public static JobSnapshot.JobFile write(String prefix, String suffix, String mediaType, Writing writing) {
        Path file;
        try {
            file = Files.createTempFile(prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            return new JobSnapshot.JobFile(file, writing.write(out), mediaType);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is the operating system's to clean
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }
}
