package dev.beacon.telemetry.otlp;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionCaller;
import dev.beacon.telemetry.ingest.IngestionRateLimiter;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.internal.JooqOtlpSeriesRepository;
import dev.beacon.telemetry.internal.OtlpSeriesState;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Contribution;
import dev.beacon.telemetry.rollup.Resolution;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.metrics.v1.Metric;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * OTLP metrics, whichever transport brought them: the GenAI histograms become contributions to their
 * model's minutes — the same series that request events feed. Cumulative points are turned into increments
 * with the last point of their series, kept in the database (see {@link CumulativeDeltas}); the series
 * state, and the contributions it led to, commit together.
 */
@Component
class OtlpMetricIngestion {

    private final IngestionService ingestion;
    private final IngestionRateLimiter rateLimiter;
    private final JooqOtlpSeriesRepository series;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OtlpMetricIngestion(IngestionService ingestion, IngestionRateLimiter rateLimiter, JooqOtlpSeriesRepository series,
                        TransactionTemplate transactions, Clock clock) {
        this.ingestion = ingestion;
        this.rateLimiter = rateLimiter;
        this.series = series;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws dev.beacon.telemetry.ingest.RateLimitedException when the key sent too many data points lately */
    ExportMetricsServiceResponse export(IngestionCaller caller, ExportMetricsServiceRequest request) {
        rateLimiter.consume(caller, dataPointCount(request));
        GenAiMetricPoints read = new GenAiMetricPoints(caller.team(), ingestion.resolverFor(caller),
                ingestion.timeWindow(caller.team())).read(request);
        if (!read.points().isEmpty()) {
            transactions.executeWithoutResult(status -> take(caller, read.points()));
        }
        Rejections rejections = read.rejections();
        if (rejections.isEmpty()) {
            return ExportMetricsServiceResponse.getDefaultInstance();
        }
        return ExportMetricsServiceResponse.newBuilder()
                .setPartialSuccess(ExportMetricsPartialSuccess.newBuilder()
                        .setRejectedDataPoints(rejections.count())
                        .setErrorMessage(rejections.message("GenAI data points", read.genAiPoints())))
                .build();
    }

    private void take(IngestionCaller caller, List<GenAiMetricPoints.Point> points) {
        Instant now = clock.instant();
        Map<String, List<GenAiMetricPoints.Point>> bySeries = points.stream()
                .collect(Collectors.groupingBy(GenAiMetricPoints.Point::seriesHash));
        Map<String, OtlpSeriesState> stored = series.lock(caller.team(), bySeries.keySet(), now);
        Map<ModelId, Map<Instant, Aggregate>> minutes = new HashMap<>();
        List<OtlpSeriesState> newest = new ArrayList<>();
        bySeries.forEach((hash, seriesPoints) -> {
            OtlpSeriesState state = stored.get(hash);
            HistogramSample last = state == null ? null : HistogramSample.of(state);
            for (GenAiMetricPoints.Point point : seriesPoints.stream()
                    .sorted(Comparator.comparingLong(p -> p.sample().timeNanos())).toList()) {
                HistogramSample sample = point.sample();
                CumulativeDeltas.increment(last, sample, point.cumulative()).ifPresent(increment ->
                        HistogramAggregation.add(minutes.computeIfAbsent(point.model().id(), m -> new HashMap<>())
                                        .computeIfAbsent(Resolution.MINUTE.bucketOf(GenAiSpans.instant(increment.timeNanos())), t -> new Aggregate()),
                                point.role(), point.unit(), increment, point.errorType(), point.tokenType(),
                                point.model().contextWindow()));
                if (last == null || sample.timeNanos() > last.timeNanos()) {
                    last = sample;
                }
            }
            newest.add(last.toState(hash));
        });
        series.save(newest, now);
        List<Contribution> contributions = new ArrayList<>();
        minutes.forEach((model, byMinute) -> byMinute.forEach((minute, aggregate) ->
                contributions.add(new Contribution(model, minute, aggregate))));
        if (!contributions.isEmpty()) {
            ingestion.contribute(contributions, EventSource.OTLP);
        }
    }

    private static long dataPointCount(ExportMetricsServiceRequest request) {
        return request.getResourceMetricsList().stream()
                .flatMap(resourceMetrics -> resourceMetrics.getScopeMetricsList().stream())
                .flatMap(scopeMetrics -> scopeMetrics.getMetricsList().stream())
                .mapToLong(OtlpMetricIngestion::dataPoints)
                .sum();
    }

    private static int dataPoints(Metric metric) {
        return switch (metric.getDataCase()) {
            case GAUGE -> metric.getGauge().getDataPointsCount();
            case SUM -> metric.getSum().getDataPointsCount();
            case HISTOGRAM -> metric.getHistogram().getDataPointsCount();
            case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogram().getDataPointsCount();
            case SUMMARY -> metric.getSummary().getDataPointsCount();
            default -> 0;
        };
    }
}
