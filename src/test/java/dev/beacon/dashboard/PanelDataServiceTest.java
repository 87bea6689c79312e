package dev.beacon.dashboard;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.DistributionOverTime;
import dev.beacon.telemetry.DistributionQuery;
import dev.beacon.telemetry.SeriesPoint;
import dev.beacon.telemetry.TelemetryMetric;
import dev.beacon.telemetry.TelemetryTestData;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Panels read the telemetry of their models for the range, as the reader may see it. */
@IntegrationTest
class PanelDataServiceTest {

    private static final int EVENTS = 600;

    @Autowired
    TestFixtures fixtures;
    @Autowired
    PanelDataService panelData;
    @Autowired
    DistributionQuery distributions;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    Team team;
    Model model;
    UserAccount viewer;
    Instant now;

    @BeforeEach
    void aModelWithHalfAnHourOfRequests() {
        team = fixtures.team("panel-data");
        model = fixtures.model(team, "served");
        viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        now = clock.instant();
        ingestion.ingestEvents(TelemetryTestData.callerFor(team),
                TelemetryTestData.logNormalEvents(model.id().toString(), now, Duration.ofMinutes(30), EVENTS, 11), EventSource.API, true);
        rollups.runOnce();
    }

    @Test
    void a_line_panel_has_one_series_per_model_with_at_most_a_point_per_two_pixels_of_its_width() {
        Panel panel = panel(PanelMetric.LATENCY, Aggregation.P95, ChartType.LINE, 6);

        PanelReading.Series reading = (PanelReading.Series) fixtures.as(viewer, () -> panelData.read(panel, now.minus(Duration.ofDays(7)), now));

        assertThat(reading.unit()).isEqualTo("ms");
        assertThat(reading.series()).singleElement().satisfies(series -> {
            assertThat(series.model().id()).isEqualTo(model.id());
            assertThat(series.points().size()).isLessThanOrEqualTo(6 * PanelDataService.POINTS_PER_COLUMN);
            assertThat(series.points()).anyMatch(point -> point.value() != null && point.value() > 100);
        });
    }

    @Test
    void a_single_stat_of_the_request_total_counts_every_request_of_the_range() {
        Panel panel = panel(PanelMetric.REQUESTS, Aggregation.SUM, ChartType.STAT, 3);

        PanelReading.Figures reading = (PanelReading.Figures) fixtures.as(viewer, () -> panelData.read(panel, now.minus(Duration.ofHours(1)), now.plusSeconds(60)));

        assertThat(reading.figures()).singleElement().satisfies(figure -> {
            assertThat(figure.value()).isCloseTo(EVENTS, within(0.01));
            assertThat(figure.sparkline().stream().map(SeriesPoint::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(EVENTS, within(0.01));
        });
    }

    @Test
    void single_stats_and_gauges_of_a_range_without_data_show_no_figure_and_a_count_of_zero() {
        Instant longAgo = now.minus(Duration.ofDays(20));
        Instant hourLater = longAgo.plusSeconds(3600);

        PanelReading.Figures errorRate = (PanelReading.Figures) fixtures.as(viewer, () -> panelData.read(
                panel(PanelMetric.ERROR_RATE, Aggregation.VALUE, ChartType.GAUGE, 3), longAgo, hourLater));
        PanelReading.Figures latency = (PanelReading.Figures) fixtures.as(viewer, () -> panelData.read(
                panel(PanelMetric.LATENCY, Aggregation.P95, ChartType.STAT, 3), longAgo, hourLater));
        PanelReading.Figures total = (PanelReading.Figures) fixtures.as(viewer, () -> panelData.read(
                panel(PanelMetric.REQUESTS, Aggregation.SUM, ChartType.STAT, 3), longAgo, hourLater));

        assertThat(errorRate.figures()).singleElement().satisfies(figure -> assertThat(figure.value()).isNull());
        assertThat(latency.figures()).singleElement().satisfies(figure -> assertThat(figure.value()).isNull());
        assertThat(total.figures()).singleElement().satisfies(figure -> assertThat(figure.value()).isZero());
    }

    @Test
    void a_heat_map_cuts_the_latency_distribution_of_each_time_bucket_into_ranges_that_hold_every_request() {
        DistributionOverTime heat = fixtures.as(viewer, () -> distributions.overTime(List.of(model.id()),
                TelemetryMetric.LATENCY_P50_MS, now.minus(Duration.ofHours(1)), now.plusSeconds(60), 60));

        assertThat(heat.unit()).isEqualTo("ms");
        assertThat(heat.times()).hasSizeLessThanOrEqualTo(61);
        assertThat(heat.cells().stream().mapToLong(DistributionOverTime.Cell::count).sum()).isEqualTo(EVENTS);
        assertThat(heat.ranges().getFirst().lower()).isLessThanOrEqualTo(heat.ranges().getLast().upper());
        for (int i = 1; i < heat.ranges().size(); i++) {
            assertThat(heat.ranges().get(i).lower()).isEqualTo(heat.ranges().get(i - 1).upper());
        }
    }

    @Test
    void a_reader_outside_the_models_team_gets_no_data_of_it() {
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        Panel panel = panel(PanelMetric.LATENCY, Aggregation.P95, ChartType.LINE, 6);

        PanelReading.Series reading = (PanelReading.Series) fixtures.as(outsider, () -> panelData.read(panel, now.minus(Duration.ofHours(1)), now));

        assertThat(reading.series()).isEmpty();
        assertThatThrownBy(() -> fixtures.as(outsider, () -> distributions.overTime(List.of(model.id()),
                TelemetryMetric.LATENCY_P50_MS, now.minus(Duration.ofHours(1)), now, 60)))
                .isInstanceOf(NotFoundException.class);
    }

    private Panel panel(PanelMetric metric, Aggregation aggregation, ChartType chart, int width) {
        return new Panel(PanelId.random(), "", metric, null, aggregation, chart, width, 3,
                List.of(new ModelRef(model.id(), model.data().name(), team.name())), 0);
    }
}
