package dev.beacon.telemetry;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class FleetServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    FleetService fleet;
    @Autowired
    ApplicationContext context;

    FleetData data;
    Team team;
    UserAccount viewer;

    @BeforeEach
    void aTeamWithAViewer() {
        data = new FleetData(context);
        team = fixtures.team("fleet");
        viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
    }

    @Test
    void the_figures_are_the_last_fifteen_minutes_and_the_sparkline_the_last_hour_minute_by_minute() {
        Model model = data.model(team, "busy", ModelRuntime.VLLM);
        Instant recent = data.requests(team, model, 3, 40, 4, 100);   // 100 … 139 ms, 4 failed
        Instant older = data.requests(team, model, 30, 10, 0, 5_000); // in the hour, not in the 15 minutes

        FleetOverview overview = overviewFor(viewer, FleetFilter.none());

        FleetModel shown = only(overview);
        double spanSeconds = figuresSpan(overview.asOf()).toMillis() / 1000.0;
        FleetFigures figures = shown.figures();
        assertThat(figures.requests()).isEqualTo(40);
        assertThat(figures.errorRate()).isEqualTo(0.1);
        assertThat(figures.requestsPerMinute()).isCloseTo(40 * 60 / spanSeconds, within(0.05));
        assertThat(figures.outputTokensPerSecond()).isCloseTo(40 * 120 / spanSeconds, within(0.05));
        assertThat(figures.latencyP95Ms()).isCloseTo(137, within(137 * 0.01));
        assertThat(figures.contextUtilizationP95()).isCloseTo(400.0 / 8192, within(400.0 / 8192 * 0.01));
        assertThat(shown.health()).isEqualTo(new HealthVerdict(ModelHealth.WARNING, "10 % of 40 requests failed in the last 15 minutes"));

        FleetSparkline hour = shown.lastHour();
        assertThat(hour.requestsPerMinute()).hasSize(60);
        assertThat(hour.requestsPerMinute().getLast().time()).isEqualTo(overview.asOf().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1)));
        assertThat(valueAt(hour.requestsPerMinute(), recent)).isEqualTo(40.0);
        assertThat(valueAt(hour.requestsPerMinute(), older)).isEqualTo(10.0);
        assertThat(hour.requestsPerMinute().stream().mapToDouble(SeriesPoint::value).sum()).isEqualTo(50.0);
        assertThat(valueAt(hour.latencyP95Ms(), older)).isCloseTo(5_008, within(5_008 * 0.01));
        assertThat(valueAt(hour.latencyP95Ms(), older.plus(Duration.ofMinutes(10)))).isNull();
    }

    @Test
    void health_comes_from_probes_and_error_rate_and_the_counts_add_up() {
        Model down = data.downModel(team, "down");
        Model up = data.healthyModel(team, "up");
        Model failing = data.model(team, "failing", ModelRuntime.TGI);
        data.requests(team, failing, 1, 30, 15, 200);
        Model silent = data.model(team, "silent", ModelRuntime.OLLAMA);

        FleetOverview overview = overviewFor(viewer, FleetFilter.none());

        // worst first; among the critical ones the higher error rate first, a model without requests after
        assertThat(names(overview)).containsExactly(name(failing), name(down), name(silent), name(up));
        assertThat(health(overview, down)).isEqualTo(ModelHealth.CRITICAL);
        assertThat(health(overview, failing)).isEqualTo(ModelHealth.CRITICAL);
        assertThat(health(overview, silent)).isEqualTo(ModelHealth.UNKNOWN);
        assertThat(health(overview, up)).isEqualTo(ModelHealth.GOOD);
        assertThat(overview.counts()).containsEntry(ModelHealth.CRITICAL, 2).containsEntry(ModelHealth.WARNING, 0)
                .containsEntry(ModelHealth.UNKNOWN, 1).containsEntry(ModelHealth.GOOD, 1);
        MonitorCheck probe = model(overview, down).lastProbe();
        assertThat(probe.outcome()).isEqualTo("DOWN");
        assertThat(probe.errorClass()).isEqualTo("CONNECTION_REFUSED");
        assertThat(model(overview, silent).lastProbe()).isNull();
        assertThat(model(overview, silent).figures()).extracting(FleetFigures::requestsPerMinute, FleetFigures::latencyP95Ms,
                FleetFigures::errorRate).containsOnlyNulls();
    }

    @Test
    void a_user_never_sees_another_teams_models_nor_counts_them() {
        Model mine = data.healthyModel(team, "mine");
        Team otherTeam = fixtures.team("other-fleet");
        Model theirs = data.downModel(otherTeam, "theirs");
        data.requests(otherTeam, theirs, 1, 50, 50, 100);

        FleetOverview overview = overviewFor(viewer, FleetFilter.none());

        assertThat(names(overview)).containsExactly(name(mine));
        assertThat(overview.teams()).extracting(FleetTeam::name).containsExactly(team.name());
        assertThat(overview.counts()).containsEntry(ModelHealth.GOOD, 1).containsEntry(ModelHealth.CRITICAL, 0);
        assertThat(overview.matching()).isEqualTo(1);
        FleetFilter theirTeam = new FleetFilter(otherTeam.id(), null, null, null, null);
        assertThat(overviewFor(viewer, theirTeam).matching()).isZero();
        assertThat(names(fixtures.asAdmin(() -> fleet.overview(FleetFilter.none(), FleetSort.HEALTH)))).contains(name(mine), name(theirs));
    }

    @Test
    void filters_narrow_the_models_and_the_health_filter_leaves_the_counts_alone() {
        Team second = fixtures.team("second-fleet");
        fixtures.member(second, viewer, TeamRole.VIEWER);
        Model chat = data.model(team, "chat", ModelRuntime.VLLM, "chat", "prod");
        Model batch = data.model(team, "batch", ModelRuntime.OLLAMA, "batch");
        Model elsewhere = data.downModel(second, "elsewhere");

        assertThat(names(overviewFor(viewer, new FleetFilter(null, ModelRuntime.OLLAMA, null, null, null)))).containsExactly(name(batch));
        assertThat(names(overviewFor(viewer, new FleetFilter(null, null, "prod", null, null)))).containsExactly(name(chat));
        assertThat(names(overviewFor(viewer, new FleetFilter(second.id(), null, null, null, null)))).containsExactly(name(elsewhere));
        assertThat(names(overviewFor(viewer, new FleetFilter(null, null, null, null, name(batch).toUpperCase())))).containsExactly(name(batch));

        FleetOverview critical = overviewFor(viewer, FleetFilter.none().withHealth(ModelHealth.CRITICAL));
        assertThat(names(critical)).containsExactly(name(elsewhere));
        assertThat(critical.counts()).containsEntry(ModelHealth.CRITICAL, 1).containsEntry(ModelHealth.UNKNOWN, 2);
    }

    @Test
    void worst_first_puts_the_team_of_the_worst_model_first_and_name_order_sorts_teams_by_name() {
        Team aTeam = fixtures.team("a-team");
        Team zTeam = fixtures.team("z-team");
        fixtures.member(aTeam, viewer, TeamRole.VIEWER);
        fixtures.member(zTeam, viewer, TeamRole.VIEWER);
        data.healthyModel(aTeam, "calm");
        data.downModel(zTeam, "burning");

        List<String> worstFirst = fixtures.as(viewer, () -> fleet.overview(FleetFilter.none(), FleetSort.HEALTH)).teams().stream()
                .map(FleetTeam::name).filter(name -> name.equals(aTeam.name()) || name.equals(zTeam.name())).toList();
        List<String> byName = fixtures.as(viewer, () -> fleet.overview(FleetFilter.none(), FleetSort.NAME)).teams().stream()
                .map(FleetTeam::name).filter(name -> name.equals(aTeam.name()) || name.equals(zTeam.name())).toList();

        assertThat(worstFirst).containsExactly(zTeam.name(), aTeam.name());
        assertThat(byName).containsExactly(aTeam.name(), zTeam.name());
    }

    @Test
    void retired_models_are_left_out() {
        Model active = data.model(team, "active", ModelRuntime.VLLM);
        Model retired = fixtures.registerAsAdmin(team, TestFixtures.modelData(TestFixtures.unique("retired")).withStatus(ModelStatus.RETIRED));

        assertThat(names(overviewFor(viewer, FleetFilter.none()))).containsExactly(name(active)).doesNotContain(name(retired));
    }

    @Test
    void a_fleet_of_a_hundred_models_with_an_hour_of_minutes_each_is_read_at_once() {
        Team big = fixtures.team("hundred");
        UserAccount watcher = fixtures.user("watcher");
        fixtures.member(big, watcher, TeamRole.VIEWER);
        for (int i = 0; i < 100; i++) {
            data.busyHour(big, data.model(big, "m" + i, ModelRuntime.VLLM), 10, 100 + i);
        }
        fixtures.as(watcher, () -> fleet.overview(FleetFilter.none(), FleetSort.HEALTH)); // warm up

        long started = System.nanoTime();
        FleetOverview overview = fixtures.as(watcher, () -> fleet.overview(FleetFilter.none(), FleetSort.HEALTH));
        long micros = (System.nanoTime() - started) / 1_000;

        System.out.printf("FLEET OVERVIEW SERVER TIME: %d models with 60 minute rollups each read in %.1f ms%n",
                overview.models().count(), micros / 1000.0);
        assertThat(overview.models()).hasSize(100).allSatisfy(model -> {
            assertThat(model.lastHour().requestsPerMinute()).hasSize(60);
            // an hour of 10 a minute, less the minutes that may have begun while the test set up a hundred models
            assertThat(model.lastHour().requestsPerMinute().stream().mapToDouble(SeriesPoint::value).sum()).isBetween(550.0, 600.0);
            assertThat(model.healthLevel()).isEqualTo(ModelHealth.WARNING); // one request in ten fails
        });
    }

    private FleetOverview overviewFor(UserAccount user, FleetFilter filter) {
        return fixtures.as(user, () -> fleet.overview(filter, FleetSort.HEALTH));
    }

    /** The figures' window: the minute under way and the 14 before it. */
    private static Duration figuresSpan(Instant now) {
        return Duration.between(now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(14)), now);
    }

    private static Double valueAt(List<SeriesPoint> points, Instant time) {
        return points.stream().filter(point -> point.time().equals(time)).findFirst().orElseThrow().value();
    }

    private static FleetModel only(FleetOverview overview) {
        assertThat(overview.models()).hasSize(1);
        return overview.models().findFirst().orElseThrow();
    }

    private static FleetModel model(FleetOverview overview, Model model) {
        return overview.models().filter(shown -> shown.id().equals(model.id())).findFirst().orElseThrow();
    }

    private static ModelHealth health(FleetOverview overview, Model model) {
        return model(overview, model).healthLevel();
    }

    private static List<String> names(FleetOverview overview) {
        return overview.models().map(FleetModel::name).toList();
    }

    private static String name(Model model) {
        return model.data().name();
    }
}
