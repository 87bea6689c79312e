package dev.beacon.demo;

import dev.beacon.security.RunAs;
import dev.beacon.simulator.HistoryBackfill;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.ingest.IngestionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Gives demo models without any telemetry 30 days of history, once: a model that has data from the last 30 days
 * (an earlier start's history or live data) is left alone.
 */
@Component
@Profile("demo")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final HistoryBackfill backfill;
    private final TelemetryQueryService queries;
    private final RunAs runAs;

    DemoHistory(IngestionService ingestion, TelemetryQueryService queries, RunAs runAs) {
        this.backfill = new HistoryBackfill(ingestion);
        this.queries = queries;
        this.runAs = runAs;
    }

    /** Backfills the members without data up to {@code now}, when the live simulation starts; returns how many models. */
    int backfillMissing(List<FleetMember> members, Instant now) {
        long started = System.nanoTime();
        int models = 0;
        int contributions = 0;
        for (FleetMember member : members) {
            if (!hasData(member, now)) {
                contributions += backfill.backfill(member.history(now), now, member.name().hashCode());
                models++;
            }
        }
        if (models > 0) {
            log.info("Wrote 30 days of history for {} demo model(s) ({} rollup contributions) in {} ms; the rollup job folds them in",
                    models, contributions, Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return models;
    }

    private boolean hasData(FleetMember member, Instant now) {
        TelemetrySummary summary = runAs.user(DemoCatalog.ownerOf(member.team()),
                () -> queries.summary(member.entry().id(), now.minus(Duration.ofDays(30)), now));
        return summary.requests() > 0 || summary.outputTokens() > 0 || summary.probeUpRatio() != null;
    }
}
