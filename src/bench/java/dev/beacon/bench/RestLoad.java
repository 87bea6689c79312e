package dev.beacon.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent clients posting pre-serialized batches to POST /api/v1/ingest/events for a fixed time, each with
 * one connection (java.net.http, HTTP/1.1) and one request at a time. Only events in 2xx answers count, as
 * the answer's "accepted" says.
 */
final class RestLoad {

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\":(\\d+)");
    private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\":(\\d+)");

    /**
     * @param acceptedSequences per client, the sequence numbers of its batches that were stored
     * @param acceptedPerSecond events accepted in each second of the run
     * @param failures          refused or failed requests by status code or exception
     */
    record Outcome(long acceptedEvents, long duplicates, long elapsedNanos, List<List<Long>> acceptedSequences,
                   long[] acceptedPerSecond, Map<String, Long> failures, Samples requestMillis, String firstFailure) {

        double eventsPerSecond() {
            return acceptedEvents / (elapsedNanos / 1e9);
        }

        long batches() {
            return acceptedSequences.stream().mapToLong(List::size).sum();
        }
    }

    private RestLoad() {
    }

    static Outcome run(URI endpoint, String key, LoadClients clients, Duration duration) throws InterruptedException {
        AtomicLong accepted = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLongArray perSecond = new AtomicLongArray((int) duration.toSeconds() + 120);
        Map<String, Long> failures = new ConcurrentHashMap<>();
        List<String> failureBodies = new ArrayList<>();
        Samples requestMillis = new Samples();
        List<List<Long>> sequences = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        AtomicLong end = new AtomicLong(start);
        for (int c = 0; c < clients.clients(); c++) {
            int client = c;
            List<Long> mine = new ArrayList<>();
            sequences.add(mine);
            threads.add(Thread.ofPlatform().name("rest-client-" + c).start(() -> {
                try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build()) {
                    for (long sequence = 0; System.nanoTime() < deadline; sequence++) {
                        BatchTemplate batch = clients.batch(client, sequence);
                        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(batch.json())).build();
                        long sent = System.nanoTime();
                        String outcome;
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            outcome = response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
                            if (outcome == null) {
                                long stored = number(ACCEPTED, response.body());
                                accepted.addAndGet(stored);
                                duplicates.addAndGet(number(DUPLICATES, response.body()));
                                mine.add(sequence);
                                long now = System.nanoTime();
                                perSecond.addAndGet((int) ((now - start) / 1_000_000_000L), stored);
                            } else {
                                synchronized (failureBodies) {
                                    failureBodies.add(outcome + " " + response.body());
                                }
                            }
                        } catch (java.io.IOException e) {
                            outcome = e.getClass().getSimpleName();
                            synchronized (failureBodies) {
                                failureBodies.add(e.toString());
                            }
                        }
                        long done = System.nanoTime();
                        requestMillis.add((done - sent) / 1e6);
                        end.accumulateAndGet(done, Math::max);
                        if (outcome != null) {
                            failures.merge(outcome, 1L, Long::sum);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] seconds = new long[(int) Math.ceil((end.get() - start) / 1e9)];
        for (int i = 0; i < seconds.length && i < perSecond.length(); i++) {
            seconds[i] = perSecond.get(i);
        }
        return new Outcome(accepted.get(), duplicates.get(), end.get() - start, sequences, seconds, Map.copyOf(failures),
                requestMillis, failureBodies.isEmpty() ? null : failureBodies.getFirst());
    }

    private static long number(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
