package dev.beacon.dashboard;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.TelemetryTestData;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static dev.beacon.telemetry.TelemetryMetric.LATENCY_P50_MS;
import static dev.beacon.telemetry.TelemetryMetric.REQUESTS_PER_MINUTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

/** What a model dashboard reads: the model with its versions and comparables, its series and the compared ones. */
@IntegrationTest
class ModelDashboardServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ModelDashboardService dashboards;
    @Autowired
    ModelService models;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    Team team;
    Model model;
    Model sibling;
    Model foreign;
    UserAccount viewer;
    Instant base;

    @BeforeEach
    void twoModelsOfATeamAndOneOfAnother() {
        team = fixtures.team("dashboards");
        model = fixtures.model(team, "watched");
        sibling = fixtures.model(team, "sibling");
        foreign = fixtures.model(fixtures.team("others"), "foreign");
        viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        base = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
    }

    @Test
    void the_subject_offers_the_version_changes_and_only_the_other_models_the_user_may_see() {
        ModelVersionChange shipped = DashboardTestData.newVersion(fixtures, models, model, "v2");

        DashboardSubject subject = fixtures.as(viewer, () -> dashboards.subject(model.id()));

        assertThat(subject.name()).isEqualTo(model.data().name());
        assertThat(subject.contextWindow()).isEqualTo(8192);
        assertThat(subject.versions()).extracting(ModelVersionChange::versionLabel).containsExactly("v2", "v1");
        assertThat(subject.versionChanges()).containsExactly(shipped);
        assertThat(subject.comparable()).extracting(ModelListItem::id).contains(sibling.id())
                .doesNotContain(model.id(), foreign.id());
    }

    @Test
    void another_model_is_compared_over_the_same_window_under_its_own_name() {
        latencyAt(sibling, base.plus(Duration.ofMinutes(3)), 700);
        latencyAt(model, base.plus(Duration.ofMinutes(3)), 200);

        DashboardData data = fixtures.as(viewer, () -> dashboards.data(model.id(),
                new TimeRange.Between(base, base.plus(Duration.ofMinutes(10))), 10, new Comparison.WithModel(sibling.id())));

        assertThat(data.series().values(LATENCY_P50_MS).get(3)).isCloseTo(200, withinPercentage(2));
        ComparedSeries compared = data.compared();
        assertThat(compared.label()).isEqualTo(sibling.data().name());
        assertThat(compared.baseLabel()).isEqualTo(model.data().name());
        assertThat(compared.shift()).isZero();
        assertThat(compared.series().times()).isEqualTo(data.series().times());
        assertThat(compared.series().values(LATENCY_P50_MS).get(3)).isCloseTo(700, withinPercentage(2));
    }

    @Test
    void a_model_of_another_team_cannot_be_compared_with_it_does_not_exist() {
        TimeRange hour = new TimeRange.Between(base, base.plus(Duration.ofHours(1)));

        assertThatThrownBy(() -> fixtures.as(viewer, () -> dashboards.data(model.id(), hour, 60,
                new Comparison.WithModel(foreign.id())))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> dashboards.data(foreign.id(), hour, 60, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> dashboards.subject(foreign.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void before_a_version_the_window_of_the_same_length_that_ends_at_the_change_is_laid_over_the_window_shown() {
        ModelVersionChange shipped = DashboardTestData.newVersion(fixtures, models, model, "v2");
        Instant changedAt = shipped.changedAt();
        Instant twentyMinutesBefore = changedAt.minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.MINUTES);
        latencyAt(model, twentyMinutesBefore, 900);
        TimeRange afterwards = new TimeRange.Between(changedAt, changedAt.plus(Duration.ofMinutes(30)));

        DashboardData data = fixtures.as(viewer, () -> dashboards.data(model.id(), afterwards, 30,
                new Comparison.BeforeVersion(changedAt)));

        ComparedSeries before = data.compared();
        assertThat(before.label()).isEqualTo("before v2");
        assertThat(before.baseLabel()).isEqualTo("current");
        assertThat(before.series().from()).isEqualTo(changedAt.minus(Duration.ofMinutes(30)));
        assertThat(before.series().to()).isEqualTo(changedAt);
        assertThat(before.shift()).isEqualTo(Duration.ofMinutes(30));
        int point = before.series().times().indexOf(twentyMinutesBefore);
        assertThat(before.series().values(LATENCY_P50_MS).get(point)).isCloseTo(900, withinPercentage(2));
        assertThat(before.series().values(REQUESTS_PER_MINUTE).get(point)).isEqualTo(1.0);
    }

    @Test
    void a_version_change_the_model_never_had_is_refused_naming_the_setting() {
        TimeRange hour = new TimeRange.Last(Duration.ofHours(1));

        assertThatThrownBy(() -> fixtures.as(viewer, () -> dashboards.data(model.id(), hour, 60,
                new Comparison.BeforeVersion(Instant.parse("2020-01-01T00:00:00Z")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("compare"));
    }

    @Test
    void a_sliding_range_ends_now() {
        Instant before = clock.instant();

        DashboardData data = fixtures.as(viewer, () -> dashboards.data(model.id(), new TimeRange.Last(Duration.ofHours(6)), 100, null));

        assertThat(data.series().to()).isBetween(before, clock.instant());
        assertThat(Duration.between(data.series().from(), data.series().to())).isEqualTo(Duration.ofHours(6));
        assertThat(data.compared()).isNull();
    }

    private void latencyAt(Model target, Instant minute, double latencyMs) {
        TelemetryTestData.minute(ingestion, rollups, target.id(), minute,
                aggregate -> aggregate.addRequest(latencyMs, null, 100, 10, null, 8192));
    }
}
