package dev.beacon.simulator;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.beacon.simulator.traffic.SimRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The clients of the simulated models that Beacon does not scrape. They report every request through Beacon's
 * own ingestion over HTTP with their team's ingestion key: Ollama's clients as REST events, the OpenAI-compatible
 * gateway's as OTLP/HTTP spans (protobuf). A batch that fails because Beacon is busy or away is sent again
 * next time; Beacon stores each request once (client event ids, trace and span ids). Scraped models are left
 * alone, so nothing is counted twice.
 */
public final class TrafficGenerator {

    /** What one round sent: requests Beacon took, and requests still waiting for another try. */
    public record Round(int delivered, int waiting) {
    }

    static final int BATCH = 1_000;
    static final int MAX_WAITING = 50_000;
    private static final Logger log = LoggerFactory.getLogger(TrafficGenerator.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Simulator simulator;
    private final BeaconIngestion beacon;
    private final Map<String, String> keys;
    private final List<ScoreFeed> scores;
    private final Clock clock;
    private final Random random = new Random();
    private final Map<String, List<SimRequest>> waiting = new HashMap<>();
    private boolean failing;

    /**
     * @param beaconUrl where Beacon answers HTTP, e.g. {@code http://127.0.0.1:8080}
     * @param keys      the ingestion key secret for each model the clients report on, by model name
     */
    public TrafficGenerator(Simulator simulator, String beaconUrl, Map<String, String> keys, List<ScoreFeed> scores, Clock clock) {
        this.simulator = simulator;
        this.beacon = new BeaconIngestion(beaconUrl);
        this.keys = Map.copyOf(keys);
        this.scores = List.copyOf(scores);
        this.clock = clock;
    }

    /** Reports the requests that finished since the previous round (and those a failed round left). */
    public synchronized Round flush() {
        int delivered = 0;
        int left = 0;
        for (SimulatedModel model : simulator.running()) {
            if (model.feed() == Feed.SCRAPE || !keys.containsKey(model.name())) {
                continue;
            }
            List<SimRequest> pending = waiting.computeIfAbsent(model.name(), name -> new ArrayList<>());
            pending.addAll(simulator.takeReported(model.name()));
            while (!pending.isEmpty()) {
                List<SimRequest> batch = pending.subList(0, Math.min(BATCH, pending.size()));
                BeaconIngestion.Outcome outcome = send(model, batch);
                if (outcome == BeaconIngestion.Outcome.RETRY) {
                    break;
                }
                delivered += outcome == BeaconIngestion.Outcome.ACCEPTED ? batch.size() : 0;
                batch.clear();
            }
            if (pending.size() > MAX_WAITING) {
                pending.subList(0, pending.size() - MAX_WAITING).clear();
            }
            left += pending.size();
        }
        return new Round(delivered, left);
    }

    /** Posts one evaluation score per feed, as an evaluation job would after a run; returns how many Beacon took. */
    public synchronized int sendScores() {
        int accepted = 0;
        for (ScoreFeed feed : scores) {
            String key = keys.get(feed.model());
            if (key == null) {
                continue;
            }
            double value = Math.max(0, Math.min(1, feed.mean() + feed.spread() * random.nextGaussian()));
            Map<String, Object> score = Map.of("model", servedName(feed.model()), "timestamp", clock.instant().toString(),
                    "name", feed.name(), "value", Math.round(value * 1000) / 1000.0, "dataset", feed.dataset(),
                    "evaluator", feed.evaluator());
            BeaconIngestion.Sent sent = beacon.postJson("/api/v1/ingest/scores", key,
                    JSON.writeValueAsString(Map.of("scores", List.of(score))));
            accepted += sent.outcome() == BeaconIngestion.Outcome.ACCEPTED ? 1 : 0;
        }
        return accepted;
    }

    private BeaconIngestion.Outcome send(SimulatedModel model, List<SimRequest> batch) {
        String key = keys.get(model.name());
        BeaconIngestion.Sent sent = model.feed() == Feed.EVENTS
                ? beacon.postJson("/api/v1/ingest/events", key, EventBatches.json(model.servedModelName(), batch))
                : beacon.postProtobuf("/v1/traces", key, SpanBatches.export(model.servedModelName(), batch).toByteArray());
        switch (sent.outcome()) {
            case ACCEPTED -> {
                if (failing) {
                    log.info("Beacon takes the simulated fleet's telemetry again");
                }
                failing = false;
                warnAboutRejectedSpans(model, sent);
            }
            case RETRY -> {
                if (!failing) {
                    log.info("Beacon did not take the simulated fleet's telemetry (HTTP {}); it is sent again later", sent.status());
                }
                failing = true;
            }
            case REFUSED -> log.warn("Beacon refused {} simulated requests of {}: HTTP {} {}", batch.size(), model.name(),
                    sent.status(), new String(sent.body(), StandardCharsets.UTF_8));
        }
        return sent.outcome();
    }

    private static void warnAboutRejectedSpans(SimulatedModel model, BeaconIngestion.Sent sent) {
        if (model.feed() != Feed.SPANS) {
            return;
        }
        try {
            ExportTraceServiceResponse response = ExportTraceServiceResponse.parseFrom(sent.body());
            if (response.getPartialSuccess().getRejectedSpans() > 0) {
                log.warn("Beacon rejected {} simulated spans of {}: {}", response.getPartialSuccess().getRejectedSpans(),
                        model.name(), response.getPartialSuccess().getErrorMessage());
            }
        } catch (InvalidProtocolBufferException unreadable) {
            log.warn("Beacon's answer to the spans of {} is no OTLP response", model.name());
        }
    }

    private String servedName(String model) {
        return simulator.running().stream().filter(running -> running.name().equals(model)).findFirst()
                .map(SimulatedModel::servedModelName).orElse(model);
    }
}
