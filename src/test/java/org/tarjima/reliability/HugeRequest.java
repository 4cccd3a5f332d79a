package org.tarjima.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a request with an enormous body over a raw socket, as fast as the server takes it, and reports how much the
 * server read before it answered: the proof that a size limit answers before the body is read, without ever
 * holding the body on the client side either.
 */
final class HugeRequest {

    /** How it ended: the status line, the start of the answer, bytes the client managed to send, and the time. */
    record Outcome(int status, String answer, long bytesSent, long millis) {
    }

    private HugeRequest() {
    }

    /**
     * @param declaredLength the Content-Length to announce, or -1 to stream chunked without announcing one
     * @param limit          stop sending after this many bytes (the body is never longer)
     */
    static Outcome send(int port, String method, String path, String authorization, String contentType,
                        byte[] bodyStart, long declaredLength, long limit) throws IOException {
        long started = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n")
                    .append("Authorization: ").append(authorization).append("\r\n")
                    .append("Content-Type: ").append(contentType).append("\r\n");
            head.append(declaredLength >= 0 ? "Content-Length: " + declaredLength + "\r\n" : "Transfer-Encoding: chunked\r\n");
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                byte[] filler = new byte[64 * 1024];
                Arrays.fill(filler, (byte) 'a');
                try {
                    write(out, bodyStart, declaredLength < 0);
                    sent.addAndGet(bodyStart.length);
                    while (sent.get() < limit) {
                        write(out, filler, declaredLength < 0);
                        sent.addAndGet(filler.length);
                    }
                } catch (IOException e) {
                    // The server closed the connection: it has stopped reading, which is what we measure.
                }
            }, "huge-request-writer");
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[4096];
            int read = 0;
            try {
                int n;
                while (read < answer.length && (n = in.read(answer, read, answer.length - read)) > 0) {
                    read += n;
                    if (new String(answer, 0, read, StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && read > 200) {
                        break;
                    }
                }
            } catch (SocketException e) {
                // a reset after the answer was sent
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            long bytes = sent.get();
            socket.close();
            String text = new String(answer, 0, read, StandardCharsets.UTF_8);
            int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new Outcome(status, text, bytes, millis);
        }
    }

    private static void write(OutputStream out, byte[] data, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            out.write(data);
        }
    }
}
