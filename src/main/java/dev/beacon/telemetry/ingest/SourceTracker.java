package dev.beacon.telemetry.ingest;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.internal.JooqTelemetrySourceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when each model last received data through each client path. Busy models send many batches
 * a second; one write a minute per model and path is plenty for "last received 20 s ago", and it runs
 * after the batch is committed, so it never slows ingestion down or makes it fail.
 */
@Component
public class SourceTracker {

    private static final Duration RESOLUTION = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SourceTracker.class);

    private final JooqTelemetrySourceRepository sources;
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();
    private final Clock clock;

    SourceTracker(JooqTelemetrySourceRepository sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    public void received(Collection<ModelId> models, EventSource source) {
        Instant now = clock.instant();
        for (ModelId model : models) {
            String key = model + "/" + source;
            Instant previous = lastWritten.get(key);
            if (previous != null && previous.plus(RESOLUTION).isAfter(now)) {
                continue;
            }
            lastWritten.put(key, now);
            try {
                sources.received(model, source.name(), now);
            } catch (RuntimeException e) {
                log.warn("Could not record that model {} received data through {}", model, source, e);
            }
        }
    }
}
