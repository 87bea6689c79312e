package dev.beacon.telemetry.ingest;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how many items (events, spans, metric points, scores) each ingestion key may send: a token
 * bucket per key that holds {@code burst} items and refills at {@code itemsPerSecond}. A runaway client
 * gets 429 with Retry-After instead of slowing every other team down. Kept in memory, per instance.
 */
@Component
public class IngestionRateLimiter {

    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();
    private final Limits limits;
    private final TimeMeter time;

    IngestionRateLimiter(Limits limits, Clock clock) {
        this.limits = limits;
        this.time = new ClockTimeMeter(clock);
    }

    /** Takes the items from the caller's bucket, or fails saying how long to wait. */
    public void consume(IngestionCaller caller, long items) {
        if (items <= 0) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(caller.keyId(), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.burst())
                        .refillGreedy(limits.itemsPerSecond(), Duration.ofSeconds(1)).build())
                .withCustomTimePrecision(time)
                .build());
        if (items > limits.burst()) {
            throw new RateLimitedException(Duration.ofSeconds(1), "A single request may carry at most " + limits.burst()
                    + " items for this key's rate limit");
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(items);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            throw new RateLimitedException(wait, "This ingestion key sends more than " + limits.itemsPerSecond()
                    + " items per second; retry after " + Math.max(1, (wait.toMillis() + 999) / 1000) + " s");
        }
    }

    /**
     * @param itemsPerSecond sustained items per second and key
     * @param burst          items a key may send at once after a quiet period
     */
    @ConfigurationProperties("beacon.telemetry.rate-limit")
    record Limits(long itemsPerSecond, long burst) {
        Limits {
            if (itemsPerSecond <= 0) itemsPerSecond = 50_000;
            if (burst <= 0) burst = 200_000;
        }
    }

    /** Bucket4j on Beacon's clock, so tests move time instead of sleeping. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
