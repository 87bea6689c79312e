package dev.beacon.telemetry.rollup;

import dev.beacon.telemetry.internal.JooqRollupRepository;
import dev.beacon.telemetry.internal.TelemetryPartitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
        for (Resolution resolution : Resolution.values()) {
            Map<BucketKey, Aggregate> merged = new HashMap<>();
            for (Contribution contribution : taken) {
                BucketKey key = new BucketKey(contribution.model(), resolution.bucketOf(contribution.minute()));
                merged.computeIfAbsent(key, k -> new Aggregate()).merge(contribution.aggregate());
            }
            partitions.ensureRollup(resolution, merged.keySet().stream().map(BucketKey::bucketStart).collect(Collectors.toSet()));
            Map<BucketKey, Aggregate> existing = rollups.lockAndLoad(resolution, merged.keySet());
            merged.forEach((key, aggregate) -> {
                Aggregate stored = existing.get(key);
                if (stored != null) {
                    aggregate.merge(stored);
                }
            });
            rollups.upsert(resolution, merged);
        }
        return taken.size();
    }
}
