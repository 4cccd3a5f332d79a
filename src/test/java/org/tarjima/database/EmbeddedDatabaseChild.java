package org.tarjima.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The embedded database of a Tarjima, alone in a JVM of its own, so that a test can kill that JVM with SIGKILL as an
 * IDE's stop button or the OOM killer would: prints {@code URL <jdbc url>} once the server answers, and stops it
 * cleanly when a line arrives on its standard input.
 */
public final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new DatabaseChoice.Embedded(Path.of(args[0]), "tarjima"))) {
            System.out.println("URL " + database.url());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (DatabaseUnavailableException e) {
            System.out.println("REFUSED " + e.getMessage() + " " + e.action());
            System.exit(3);
        }
    }
}
