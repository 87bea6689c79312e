package dev.beacon.telemetry.ingest;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.TelemetryMetric;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.beacon.telemetry.TelemetryTestData.callerFor;
import static dev.beacon.telemetry.TelemetryTestData.event;
import static dev.beacon.telemetry.TelemetryTestData.exactPercentile;
import static dev.beacon.telemetry.TelemetryTestData.failed;
import static dev.beacon.telemetry.TelemetryTestData.logNormalEvents;
import static dev.beacon.telemetry.TelemetryTestData.withClientId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class IngestionServiceTest {

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

    Team team;
    Model model;
    UserAccount viewer;

    @BeforeEach
    void setUp() {
        team = fixtures.team("telemetry");
        model = fixtures.model(team, "llm");
        viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
    }

    @Test
    void summary_percentiles_from_rollups_are_within_two_percent_of_the_exact_percentiles() {
        Instant now = clock.instant();
        List<RequestEventInput> events = logNormalEvents(model.id().toString(), now, Duration.ofMinutes(90), 6_000, 3);
        ingest(events);
        rollups.runOnce();

        TelemetrySummary summary = summary(now.minus(Duration.ofHours(2)), now.plusSeconds(60));

        assertThat(summary.requests()).isEqualTo(6_000);
        assertThat(summary.errorRate()).isZero();
        assertThat(summary.latencyP50Ms()).isCloseTo(exactPercentile(events, 0.50), within(exactPercentile(events, 0.50) * 0.02));
        assertThat(summary.latencyP95Ms()).isCloseTo(exactPercentile(events, 0.95), within(exactPercentile(events, 0.95) * 0.02));
        assertThat(summary.latencyP99Ms()).isCloseTo(exactPercentile(events, 0.99), within(exactPercentile(events, 0.99) * 0.02));
        assertThat(summary.inputTokens()).isEqualTo(6_000L * 400);
        assertThat(summary.contextUtilizationP95()).isCloseTo(400.0 / 8192, within(0.001));
    }

    @Test
    void a_retried_batch_with_the_same_client_event_ids_is_counted_once() {
        Instant now = clock.instant();
        List<RequestEventInput> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(withClientId(event(model.data().servedModelName(), now.minusSeconds(i), 200), "req-" + i));
        }
        IngestReport first = ingest(batch);
        IngestReport retry = ingest(batch);
        rollups.runOnce();

        assertThat(first.accepted()).isEqualTo(50);
        assertThat(retry.accepted()).isZero();
        assertThat(retry.duplicates()).isEqualTo(50);
        assertThat(summary(now.minus(Duration.ofHours(1)), now.plusSeconds(60)).requests()).isEqualTo(50);
    }

    @Test
    void errors_are_counted_by_type_and_give_the_error_rate() {
        Instant now = clock.instant();
        List<RequestEventInput> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            RequestEventInput ok = event(model.id().toString(), now.minusSeconds(i), 300);
            batch.add(i < 7 ? failed(ok, "timeout") : i < 10 ? failed(ok, "rate_limited") : ok);
        }
        ingest(batch);
        rollups.runOnce();

        TelemetrySummary summary = summary(now.minus(Duration.ofHours(1)), now.plusSeconds(60));
        assertThat(summary.errors()).isEqualTo(10);
        assertThat(summary.errorRate()).isEqualTo(0.10);
        assertThat(summary.errorsByType()).containsEntry("timeout", 7L).containsEntry("rate_limited", 3L);
    }

    @Test
    void a_late_event_lands_in_its_own_day_and_the_day_rollup_includes_it() {
        Instant now = clock.instant();
        Instant threeDaysAgo = now.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        ingest(List.of(event(model.id().toString(), now.minusSeconds(5), 100)));
        rollups.runOnce();
        ingest(List.of(event(model.id().toString(), threeDaysAgo, 4_000)));
        rollups.runOnce();

        Instant dayStart = threeDaysAgo.truncatedTo(ChronoUnit.DAYS);
        TelemetrySummary thatDay = summary(dayStart, dayStart.plus(Duration.ofDays(1)));
        assertThat(thatDay.requests()).isEqualTo(1);
        assertThat(thatDay.latencyP50Ms()).isCloseTo(4_000, within(40.0));
        var series = fixtures.as(viewer, () -> telemetry.series(model.id(), TelemetryMetric.REQUESTS_PER_MINUTE,
                now.minus(Duration.ofDays(4)), now, Optional.of(Duration.ofDays(1))));
        assertThat(series.points().stream().filter(p -> p.value() != null && p.value() > 0)).hasSize(2);
    }

    @Test
    void a_batch_with_one_invalid_event_is_refused_whole_and_stores_nothing() {
        Instant now = clock.instant();
        List<RequestEventInput> batch = new ArrayList<>(List.of(event(model.id().toString(), now, 100),
                event(model.id().toString(), now, -5),
                event("no-such-model", now, 100),
                event(model.id().toString(), now.plus(Duration.ofHours(1)), 100)));

        assertThatThrownBy(() -> ingest(batch))
                .isInstanceOfSatisfying(InvalidBatchException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path("events"))
                        .containsExactly("events[1].latencyMs", "events[1].timeToFirstTokenMs", "events[2].model",
                                "events[3].timestamp"));
        rollups.runOnce();
        assertThat(summary(now.minus(Duration.ofHours(1)), now.plusSeconds(60)).requests()).isZero();
    }

    @Test
    void the_partial_mode_stores_the_valid_events_and_reports_the_others() {
        Instant now = clock.instant();
        IngestReport report = ingestion.ingestEvents(callerFor(team),
                List.of(event(model.id().toString(), now, 100), event(model.id().toString(), now, 4_000_000)),
                EventSource.OTLP, false);

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("latencyMs"));
    }

    @Test
    void a_key_limited_to_one_model_cannot_write_for_another_model_of_its_team() {
        Model other = fixtures.model(team, "other");
        var limited = new IngestionCaller(java.util.UUID.randomUUID(), team.id(), Optional.of(model.id()), "limited");

        assertThatThrownBy(() -> ingestion.ingestEvents(limited, List.of(event(other.id().toString(), clock.instant(), 10)),
                EventSource.API, true))
                .isInstanceOfSatisfying(InvalidBatchException.class,
                        e -> assertThat(e.problems().getFirst().message()).contains("only write telemetry for one other model"));
    }

    @Test
    void a_model_of_another_team_is_unknown_to_the_key() {
        Team otherTeam = fixtures.team("other-team");
        Model foreign = fixtures.model(otherTeam, "foreign");

        assertThatThrownBy(() -> ingest(List.of(event(foreign.id().toString(), clock.instant(), 10))))
                .isInstanceOfSatisfying(InvalidBatchException.class,
                        e -> assertThat(e.problems().getFirst().message()).contains("is neither the id nor the served model name"));
    }

    private IngestReport ingest(List<RequestEventInput> events) {
        return ingestion.ingestEvents(callerFor(team), events, EventSource.API, true);
    }

    private TelemetrySummary summary(Instant from, Instant to) {
        return fixtures.as(viewer, () -> telemetry.summary(model.id(), from, to));
    }
}
