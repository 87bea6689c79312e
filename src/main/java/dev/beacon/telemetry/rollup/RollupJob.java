package dev.beacon.telemetry.rollup;

import dev.beacon.telemetry.internal.JooqRollupRepository;
import dev.beacon.telemetry.internal.TelemetryPartitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Merges the contributions that ingestion, scrapes and probes wrote into the minute, hour and day
 * rollups. Each round takes a batch of contributions and updates the rollups in one transaction, so a
 * crash loses nothing (the contributions come back) and nothing is counted twice. Late data simply
 * lands in older buckets. Runs on one instance at a time (see TelemetrySchedule).
 */
@Component
public class RollupJob {

    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(RollupJob.class);

    private final JooqRollupRepository rollups;
    private final TelemetryPartitions partitions;
    private final TransactionTemplate transactions;

    RollupJob(JooqRollupRepository rollups, TelemetryPartitions partitions, TransactionTemplate transactions) {
        this.rollups = rollups;
        this.partitions = partitions;
        this.transactions = transactions;
    }

    /** Processes every contribution there is; returns how many. */
    public int runOnce() {
        int total = 0;
        int processed;
        do {
            processed = transactions.execute(status -> round());
            total += processed;
        } while (processed == BATCH);
        if (total > 0) {
            log.debug("Rolled up {} contributions", total);
        }
        return total;
    }

    private int round() {
        List<Contribution> taken = rollups.takeContributions(BATCH);
        if (taken.isEmpty()) {
            return 0;
        }
        // What the round adds, per bucket: minutes from the contributions, hours from those minutes, days from
        // those hours — each step merges fewer, already merged aggregates. Computed before any stored row joins in.
        Map<Resolution, Map<BucketKey, Aggregate>> added = new EnumMap<>(Resolution.class);
        Map<BucketKey, Aggregate> minutes = new HashMap<>();
        for (Contribution contribution : taken) {
            minutes.computeIfAbsent(new BucketKey(contribution.model(), contribution.minute()), k -> new Aggregate())
                    .merge(contribution.aggregate());
        }
        added.put(Resolution.MINUTE, minutes);
        added.put(Resolution.HOUR, coarser(minutes, Resolution.HOUR));
        added.put(Resolution.DAY, coarser(added.get(Resolution.HOUR), Resolution.DAY));
        added.forEach((resolution, rows) -> {
            partitions.ensureRollup(resolution, rows.keySet().stream().map(BucketKey::bucketStart).collect(Collectors.toSet()));
            Map<BucketKey, Aggregate> existing = rollups.lockAndLoad(resolution, rows.keySet());
            rows.forEach((key, aggregate) -> {
                Aggregate stored = existing.get(key);
                if (stored != null) {
                    aggregate.merge(stored);
                }
            });
            rollups.upsert(resolution, rows);
        });
        return taken.size();
    }

    private static Map<BucketKey, Aggregate> coarser(Map<BucketKey, Aggregate> finer, Resolution resolution) {
        Map<BucketKey, Aggregate> merged = new HashMap<>();
        finer.forEach((key, aggregate) -> merged.computeIfAbsent(new BucketKey(key.model(), resolution.bucketOf(key.bucketStart())),
                k -> new Aggregate()).merge(aggregate));
        return merged;
    }
}
