package dev.beacon.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Beacon's ingestion endpoints, over real HTTP, as any client outside Beacon would call them. */
final class BeaconIngestion {

    /** What became of a request: accepted, worth sending again later, or refused for good. */
    enum Outcome { ACCEPTED, RETRY, REFUSED }

    record Sent(Outcome outcome, int status, byte[] body) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    BeaconIngestion(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Sent postJson(String path, String secret, String json) {
        return post(path, secret, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    Sent postProtobuf(String path, String secret, byte[] message) {
        return post(path, secret, "application/x-protobuf", HttpRequest.BodyPublishers.ofByteArray(message));
    }

    private Sent post(String path, String secret, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + secret).header("Content-Type", contentType).POST(body).build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Sent(outcome(response.statusCode()), response.statusCode(), response.body());
        } catch (IOException unreachable) {
            return new Sent(Outcome.RETRY, 0, new byte[0]);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Sent(Outcome.RETRY, 0, new byte[0]);
        }
    }

    /** Busy (429) or failing (5xx) is worth another try; a refusal of the data or the key is not. */
    private static Outcome outcome(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.ACCEPTED;
        }
        return status == 429 || status >= 500 ? Outcome.RETRY : Outcome.REFUSED;
    }
}
