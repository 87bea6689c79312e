package dev.beacon.telemetry;

import com.datadoghq.sketch.ddsketch.DDSketch;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.internal.JooqTelemetryQuery;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.SeriesStep;
import dev.beacon.telemetry.rollup.Sketches;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A distribution over time, for latency heat maps: per time bucket, the merged sketches of the models'
 * rollups cut into value ranges ({@link DistributionBins}). Several models are merged into one
 * distribution. VIEWERs of every model's team may read; for anyone else a model does not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DistributionQuery {

    private final TelemetryReads reads;
    private final JooqTelemetryQuery query;

    DistributionQuery(TelemetryReads reads, JooqTelemetryQuery query) {
        this.reads = reads;
        this.query = query;
    }

    /**
     * @param metric     any metric read from the distribution wanted, e.g. {@code LATENCY_P95_MS} for request latency
     * @param maxBuckets at most this many time buckets (heat map columns)
     */
    @Transactional(readOnly = true)
    public DistributionOverTime overTime(Collection<ModelId> models, TelemetryMetric metric, Instant from, Instant to,
                                         int maxBuckets) {
        models.forEach(reads::requireReadable);
        TelemetryReads.requireRange(from, to);
        Set<Distribution> distributions = metric.distributions();
        if (distributions.size() != 1) {
            throw new InvalidInputException("metric", metric.apiName() + " is not read from a distribution");
        }
        Distribution distribution = distributions.iterator().next();
        Duration step = PointBudget.stepFor(from, to, maxBuckets);
        Instant first = Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli(), step.toMillis()) * step.toMillis());
        SortedMap<Instant, Aggregate> merged = new TreeMap<>();
        for (ModelId model : models) {
            query.points(model, SeriesStep.resolutionFor(step), first, to, step, distributions)
                    .forEach((time, aggregate) -> merged.computeIfAbsent(time, t -> new Aggregate()).merge(aggregate));
        }
        List<Instant> times = new ArrayList<>();
        for (Instant time = first; time.isBefore(to); time = time.plus(step)) {
            times.add(time);
        }
        return cut(metric.unit(), from, to, step, times, merged, distribution);
    }

    private static DistributionOverTime cut(String unit, Instant from, Instant to, Duration step, List<Instant> times,
                                            SortedMap<Instant, Aggregate> merged, Distribution distribution) {
        DDSketch all = Sketches.empty();
        boolean bucketed = false;
        for (Aggregate aggregate : merged.values()) {
            Optional.ofNullable(aggregate.sketch(distribution)).ifPresent(all::mergeWith);
            bucketed |= aggregate.bucketed();
        }
        if (all.isEmpty()) {
            return new DistributionOverTime(unit, from, to, step, times, List.of(), List.of(), bucketed);
        }
        double smallest = DistributionBins.smallestPositive(all);
        List<Double> bounds = Double.isNaN(smallest) ? List.of(0.0, 1.0)
                : DistributionBins.bounds(smallest, Math.max(smallest, all.getMaxValue()));
        List<DistributionOverTime.ValueRange> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            ranges.add(new DistributionOverTime.ValueRange(bounds.get(i), bounds.get(i + 1)));
        }
        List<DistributionOverTime.Cell> cells = new ArrayList<>();
        for (int t = 0; t < times.size(); t++) {
            Aggregate aggregate = merged.get(times.get(t));
            DDSketch sketch = aggregate == null ? null : aggregate.sketch(distribution);
            if (sketch == null || sketch.isEmpty()) {
                continue;
            }
            long[] counts = DistributionBins.counts(sketch, bounds);
            for (int r = 0; r < counts.length; r++) {
                if (counts[r] > 0) {
                    cells.add(new DistributionOverTime.Cell(t, r, counts[r]));
                }
            }
        }
        return new DistributionOverTime(unit, from, to, step, times, ranges, cells, bucketed);
    }
}
