package dev.beacon.telemetry.rollup;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class RollupJobTest {

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
    void a_later_round_adds_to_the_minute_hour_and_day_rows_an_earlier_round_wrote() {
        var team = fixtures.team("rollup");
        List<Model> models = List.of(fixtures.model(team, "first"), fixtures.model(team, "second"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        // Minutes on three different days: three partitions of the minute rollups, two of them also of the hours.
        List<Instant> minutes = List.of(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)).plus(Duration.ofMinutes(17)),
                now.minus(Duration.ofMinutes(10)));

        ingestion.contribute(contributions(models, minutes, 30, 100), EventSource.API);
        rollups.runOnce();
        ingestion.contribute(contributions(models, minutes, 10, 1_000), EventSource.API);
        rollups.runOnce();

        for (Model model : models) {
            for (Instant minute : minutes) {
                for (Resolution resolution : Resolution.values()) {
                    Instant bucket = resolution.bucketOf(minute);
                    TelemetrySummary summary = fixtures.asAdmin(() -> telemetry.summary(model.id(), bucket,
                            bucket.plus(resolution.size())));
                    assertThat(summary.requests()).as("%s row of %s", resolution, minute).isEqualTo(40);
                    assertThat(summary.latencyP50Ms()).isCloseTo(100, within(1.0));
                    assertThat(summary.latencyP95Ms()).isCloseTo(1_000, within(10.0));
                }
            }
        }
    }

    private static List<Contribution> contributions(List<Model> models, List<Instant> minutes, int requests, double latencyMs) {
        List<Contribution> contributions = new ArrayList<>();
        for (Model model : models) {
            for (Instant minute : minutes) {
                Aggregate aggregate = new Aggregate();
                for (int i = 0; i < requests; i++) {
                    aggregate.addRequest(latencyMs, null, 100, 10, null, 8_192);
                }
                contributions.add(new Contribution(model.id(), minute, aggregate));
            }
        }
        return contributions;
    }
}
