package dev.beacon.telemetry.internal;

import java.time.Instant;
import java.util.Map;

/**
 * The counters and histogram buckets of a model as its last scrape read them.
 *
 * @param values  series key → value
 * @param created series key → OpenMetrics {@code _created} time in epoch seconds, where the server sent one
 */
public record ScrapeBaseline(Instant scrapedAt, Map<String, Double> values, Map<String, Double> created) {
}
