package dev.beacon.telemetry;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.internal.JooqTelemetryQuery;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.SeriesStep;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Reads the series of a model's dashboard: every panel's metrics from ONE query of ONE rollup resolution
 * (the one the step needs), instead of one query per metric. VIEWERs of the model's team may read; for
 * everyone else the model does not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ModelSeriesService {

    /** The error type of errors that a server reports only as a count, e.g. scraped failure counters. */
    public static final String UNSPECIFIED = "unspecified";

    /** The figures another series is compared on: latency and throughput. */
    private static final Set<TelemetryMetric> COMPARED = EnumSet.of(TelemetryMetric.LATENCY_P50_MS,
            TelemetryMetric.LATENCY_P95_MS, TelemetryMetric.LATENCY_P99_MS, TelemetryMetric.REQUESTS_PER_MINUTE,
            TelemetryMetric.OUTPUT_TOKENS_PER_SECOND);

    private final ModelDirectory directory;
    private final TeamAccess access;
    private final JooqTelemetryQuery query;

    ModelSeriesService(ModelDirectory directory, TeamAccess access, JooqTelemetryQuery query) {
        this.directory = directory;
        this.access = access;
        this.query = query;
    }

    /**
     * Every metric, the errors by type, the scores and the probes' findings over [from, to).
     *
     * @param maxPoints the most points a series may have: the width of the chart's plot in pixels
     */
    @Transactional(readOnly = true)
    public ModelSeries panels(ModelId model, Instant from, Instant to, int maxPoints) {
        return read(model, from, to, maxPoints, EnumSet.allOf(TelemetryMetric.class));
    }

    /**
     * Latency percentiles, requests per minute and output tokens per second only, for overlaying on
     * another series (another model, or an earlier window); only the latency sketches are read.
     */
    @Transactional(readOnly = true)
    public ModelSeries latencyAndThroughput(ModelId model, Instant from, Instant to, int maxPoints) {
        return read(model, from, to, maxPoints, COMPARED);
    }

    private ModelSeries read(ModelId model, Instant from, Instant to, int maxPoints, Set<TelemetryMetric> metrics) {
        requireReadable(model);
        TelemetryQueryService.requireRange(from, to);
        if (maxPoints < 2 || maxPoints > SeriesStep.MAX_POINTS) {
            throw new InvalidInputException("maxPoints", "Ask for 2 to " + SeriesStep.MAX_POINTS + " points");
        }
        Duration step = SeriesStep.choose(from, to, Optional.empty(), maxPoints);
        Instant first = Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli(), step.toMillis()) * step.toMillis());
        Set<Distribution> distributions = EnumSet.noneOf(Distribution.class);
        metrics.forEach(metric -> distributions.addAll(metric.distributions()));
        SortedMap<Instant, Aggregate> rows = query.points(model, SeriesStep.resolutionFor(step), first, to, step, distributions);

        ModelSeriesBuilder series = new ModelSeriesBuilder(metrics, metrics.size() > COMPARED.size());
        for (Instant time = first; time.isBefore(to); time = time.plus(step)) {
            // the last point may be cut short by the end of the window: rates count only the time it covers
            Duration span = Duration.between(time, to).compareTo(step) < 0
                    ? max(Duration.between(time, to), Duration.ofSeconds(1)) : step;
            series.add(time, rows.get(time), span);
        }
        return series.build(from, to, step);
    }

    private void requireReadable(ModelId model) {
        ModelEntry entry = directory.find(model).orElseThrow(() -> new NotFoundException("Model"));
        access.require(entry.team(), TeamRole.VIEWER, "Model");
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
