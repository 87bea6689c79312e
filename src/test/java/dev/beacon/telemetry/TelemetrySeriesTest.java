package dev.beacon.telemetry;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Contribution;
import dev.beacon.telemetry.rollup.Gauge;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class TelemetrySeriesTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    TelemetryQueryService telemetry;
    @Autowired
    MutableClock clock;

    @Test
    void each_series_shows_its_own_figure_whether_a_count_a_percentile_or_a_gauge() {
        Model model = fixtures.model(fixtures.team("series"), "llm");
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(5));
        Aggregate aggregate = new Aggregate();
        for (int i = 0; i < 60; i++) {
            aggregate.addRequest(i < 30 ? 100 : 900, 50.0, 100, 10, i < 6 ? "timeout" : null, 8_192);
        }
        aggregate.addGauge(Gauge.KV_CACHE_USAGE, 0.25, minute.toEpochMilli());
        aggregate.addGauge(Gauge.KV_CACHE_USAGE, 0.75, minute.plusSeconds(30).toEpochMilli());
        aggregate.addGauge(Gauge.QUEUE_DEPTH, 4, minute.toEpochMilli());
        ingestion.contribute(List.of(new Contribution(model.id(), minute, aggregate)), EventSource.SCRAPE);
        rollups.runOnce();

        assertThat(value(model, TelemetryMetric.REQUESTS_PER_MINUTE, minute)).isEqualTo(60.0);
        assertThat(value(model, TelemetryMetric.ERROR_RATE, minute)).isEqualTo(0.1);
        assertThat(value(model, TelemetryMetric.LATENCY_P95_MS, minute)).isCloseTo(900, within(9.0));
        assertThat(value(model, TelemetryMetric.KV_CACHE_USAGE_MAX, minute)).isEqualTo(0.75);
        assertThat(value(model, TelemetryMetric.KV_CACHE_USAGE_AVG, minute)).isEqualTo(0.5);
        assertThat(value(model, TelemetryMetric.QUEUE_DEPTH_MAX, minute)).isEqualTo(4.0);
    }

    /** The metric's one non-empty point in the 10 minutes around the minute, a point a minute. */
    private Double value(Model model, TelemetryMetric metric, Instant minute) {
        TelemetrySeries series = fixtures.asAdmin(() -> telemetry.series(model.id(), metric, minute.minus(Duration.ofMinutes(5)),
                minute.plus(Duration.ofMinutes(5)), Optional.of(Duration.ofMinutes(1))));
        List<Double> values = series.points().stream().map(SeriesPoint::value).filter(Objects::nonNull).toList();
        assertThat(values).as(metric.apiName()).hasSize(1);
        return values.getFirst();
    }
}
