package dev.beacon.telemetry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How telemetry is kept and accepted.
 *
 * @param rawRetention          how long a team's raw events, scores and probe results are kept unless the team
 *                              chose otherwise
 * @param minuteRollupRetention how long minute rollups are kept
 * @param rollupRetention       how long hour and day rollups are kept
 * @param maxBatchEvents        most events or scores in one ingestion request
 * @param maxBatchSize          largest ingestion request body, after decompression
 * @param maxFutureSkew         how far in the future a timestamp may lie (clients' clocks drift)
 */
@ConfigurationProperties("beacon.telemetry")
public record TelemetryProperties(Duration rawRetention, Duration minuteRollupRetention, Duration rollupRetention,
                                  int maxBatchEvents, DataSize maxBatchSize, Duration maxFutureSkew) {

    public TelemetryProperties {
        if (rawRetention == null) rawRetention = Duration.ofDays(30);
        if (minuteRollupRetention == null) minuteRollupRetention = Duration.ofDays(35);
        if (rollupRetention == null) rollupRetention = Duration.ofDays(400);
        if (maxBatchEvents <= 0) maxBatchEvents = 10_000;
        if (maxBatchSize == null) maxBatchSize = DataSize.ofMegabytes(5);
        if (maxFutureSkew == null) maxFutureSkew = Duration.ofMinutes(5);
    }

    public int rawRetentionDays() {
        return (int) rawRetention.toDays();
    }
}
