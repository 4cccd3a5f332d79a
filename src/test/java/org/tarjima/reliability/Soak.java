package org.tarjima.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Editors and reviewers as REST clients hammering the same segments in several locales: each client reads a
 * segment's target, then saves, confirms, approves or rejects it with the version it read (sometimes, on purpose, a
 * version it read earlier), and records every request with its answer. {@link SoakVerifier} then holds the database
 * and the history to what the clients were told.
 */
final class Soak {

    /** READ is recorded only when it fails: a refused or cut-off read of the segment list. */
    enum Kind { READ, SAVE, CONFIRM, APPROVE, REJECT }

    /** One client: a user with a token; reviewers mostly approve and reject, and now and then edit. */
    record Client(String name, String user, ApiClient api, boolean reviewer) {
    }

    /** A segment of the document, by id and position. */
    record Segment(long id, int ordinal) {
    }

    /**
     * A request and what came back. {@code status} -1: no answer (the connection failed). For 200: the target as
     * answered; for 409: the current target sent with the refusal.
     */
    record Op(String client, String user, Kind kind, long segmentId, String locale, int sentVersion, String sentText,
              int status, Integer version, String text, String state, long startedNanos, long millis, String error) {

        boolean changed() {
            return status == 200 && version != null && version > sentVersion;
        }
    }

    private final long documentId;
    private final List<Segment> segments;
    private final List<String> locales;
    private final List<Client> clients;
    private final ConcurrentLinkedQueue<Op> ops = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();

    Soak(long documentId, List<Segment> segments, List<String> locales, List<Client> clients) {
        this.documentId = documentId;
        this.segments = segments;
        this.locales = locales;
        this.clients = clients;
    }

    /** Runs every client until {@code duration} has passed (or {@link #stop()}); returns every request made. */
    List<Op> run(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients.size());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            long seed = 7919L * (i + 1);
            Thread thread = new Thread(() -> {
                try {
                    loop(client, new Random(seed), end);
                } finally {
                    done.countDown();
                }
            }, "soak-" + client.name());
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        done.await();
        return List.copyOf(ops);
    }

    /** Makes every client finish its current request and stop. */
    void stop() {
        stop.set(true);
    }

    List<Op> opsSoFar() {
        return List.copyOf(ops);
    }

    private void loop(Client client, Random random, long end) {
        Map<String, Integer> seenBefore = new HashMap<>();
        int sequence = 0;
        while (!stop.get() && System.nanoTime() < end) {
            Segment segment = segments.get(random.nextInt(segments.size()));
            String locale = locales.get(random.nextInt(locales.size()));
            String key = segment.id() + "/" + locale;
            JsonNode current;
            long started = System.nanoTime();
            try {
                ApiClient.Answer read = client.api().get("/api/documents/" + documentId + "/segments?locale=" + locale
                        + "&offset=" + (segment.ordinal() - 1) + "&limit=1");
                if (read.status() != 200) {
                    ops.add(new Op(client.name(), client.user(), Kind.READ, segment.id(), locale, -1, null, read.status(),
                            null, null, null, started, read.millis(), read.body()));
                    continue;
                }
                current = read.json().get(0);
            } catch (IOException | RuntimeException e) {
                if (stop.get()) {
                    return;
                }
                ops.add(new Op(client.name(), client.user(), Kind.READ, segment.id(), locale, -1, null, -1, null, null, null,
                        started, (System.nanoTime() - started) / 1_000_000, String.valueOf(e)));
                pause(100);
                continue;
            }
            int version = current.path("version").asInt();
            String state = current.path("state").asText();
            String path = "/api/documents/" + documentId + "/segments/" + segment.id() + "/targets/" + locale;
            boolean edit = !client.reviewer() || random.nextInt(100) < 15;
            if (edit) {
                // Now and then the client writes on a version it read a while ago: a stale save that must be refused.
                Integer old = seenBefore.get(key);
                int sent = old != null && old < version && random.nextInt(100) < 20 ? old : version;
                String text = client.name() + "-" + (++sequence) + " " + locale + " перевод " + segment.ordinal();
                Kind kind = random.nextBoolean() ? Kind.SAVE : Kind.CONFIRM;
                send(client, kind, segment.id(), locale, sent, text, () -> client.api().put(path, Map.of("text", text,
                        "state", kind == Kind.SAVE ? "DRAFT" : "TRANSLATED", "version", sent)));
            } else if ("TRANSLATED".equals(state) || "REJECTED".equals(state) || random.nextInt(100) < 3) {
                // A reviewer looks before deciding: the window in which a translator may change the text.
                pause(random.nextInt(30));
                Kind kind = random.nextInt(100) < 80 ? Kind.APPROVE : Kind.REJECT;
                send(client, kind, segment.id(), locale, version, null, () -> kind == Kind.APPROVE
                        ? client.api().post(path + "/approve", Map.of("version", version))
                        : client.api().post(path + "/reject", Map.of("version", version, "comment", "Please check the terms")));
            }
            seenBefore.put(key, version);
        }
    }

    private interface Request {
        ApiClient.Answer send() throws IOException;
    }

    private void send(Client client, Kind kind, long segmentId, String locale, int sentVersion, String sentText, Request request) {
        long started = System.nanoTime();
        try {
            ApiClient.Answer answer = request.send();
            JsonNode target = null;
            if (answer.status() == 200) {
                target = answer.json();
            } else if (answer.status() == 409) {
                target = answer.json().path("current");
            }
            boolean hasTarget = target != null && !target.isMissingNode() && target.has("version");
            ops.add(new Op(client.name(), client.user(), kind, segmentId, locale, sentVersion, sentText, answer.status(),
                    hasTarget ? target.get("version").asInt() : null, hasTarget ? target.path("text").asText() : null,
                    hasTarget ? target.path("state").asText() : null, started, answer.millis(),
                    answer.status() >= 300 && answer.status() != 409 ? answer.body() : null));
        } catch (IOException | RuntimeException e) {
            ops.add(new Op(client.name(), client.user(), kind, segmentId, locale, sentVersion, sentText, -1, null, null,
                    null, started, (System.nanoTime() - started) / 1_000_000, String.valueOf(e)));
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
