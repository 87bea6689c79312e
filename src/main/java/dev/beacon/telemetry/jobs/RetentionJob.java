package dev.beacon.telemetry.jobs;

import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.TelemetryProperties;
import dev.beacon.telemetry.internal.JooqRetentionRepository;
import dev.beacon.telemetry.internal.RawTable;
import dev.beacon.telemetry.internal.TelemetryPartitions;
import dev.beacon.telemetry.rollup.Resolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps telemetry for as long as it should be kept, by dropping whole partitions (never by mass
 * DELETE): a team's raw data after its retention, minute rollups and hour/day rollups after theirs.
 * Also creates tomorrow's raw partitions of active teams ahead of time, so no insert waits on DDL at midnight.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final TelemetryPartitions partitions;
    private final JooqRetentionRepository retention;
    private final TelemetryProperties properties;
    private final Clock clock;

    RetentionJob(TelemetryPartitions partitions, JooqRetentionRepository retention, TelemetryProperties properties, Clock clock) {
        this.partitions = partitions;
        this.retention = retention;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns the names of the partitions it dropped. */
    public List<String> runOnce() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> dropped = new ArrayList<>();
        for (RawTable table : RawTable.values()) {
            for (TeamId team : partitions.teamsWithRawData(table)) {
                int days = retention.rawDays(team).orElse(properties.rawRetentionDays());
                dropped.addAll(partitions.dropRawBefore(table, team, today.minusDays(days)));
                if (table != RawTable.EVAL_SCORE) {
                    partitions.ensureRaw(table, team, Set.of(today, today.plusDays(1)));
                }
            }
        }
        dropped.addAll(partitions.dropRollupsBefore(Resolution.MINUTE, now.minus(properties.minuteRollupRetention())));
        Duration kept = properties.rollupRetention();
        dropped.addAll(partitions.dropRollupsBefore(Resolution.HOUR, now.minus(kept)));
        dropped.addAll(partitions.dropRollupsBefore(Resolution.DAY, now.minus(kept)));
        if (!dropped.isEmpty()) {
            log.info("Telemetry retention dropped {} partition(s): {}", dropped.size(), dropped);
        }
        return dropped;
    }
}
