package dev.beacon.telemetry;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.internal.JooqTelemetryQuery;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.RollupPlan;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;

/**
 * One figure of a model over a whole time range, e.g. the p95 latency of the last 24 hours for a
 * dashboard's single-stat panel: the rollups covering the range are merged (never averaged per point),
 * so percentiles are the range's own. VIEWERs of the model's team may read.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RangeValueQuery {

    private final TelemetryReads reads;
    private final JooqTelemetryQuery query;

    RangeValueQuery(TelemetryReads reads, JooqTelemetryQuery query) {
        this.reads = reads;
        this.query = query;
    }

    /** The metric over [from, to), or null when the range holds no data for it. */
    @Transactional(readOnly = true)
    public Double value(ModelId model, TelemetryMetric metric, Instant from, Instant to) {
        reads.requireReadable(model);
        TelemetryReads.requireRange(from, to);
        Aggregate all = query.merged(model, RollupPlan.cover(from, to), metric.distributions());
        return metric.valueOf(all, Duration.between(from, to));
    }
}
