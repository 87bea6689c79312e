package dev.beacon.dashboard.model;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.MutableClock;
import dev.beacon.ViewTest;
import dev.beacon.dashboard.DashboardTestData;
import dev.beacon.dashboard.ui.RangeChoice;
import dev.beacon.dashboard.ui.RefreshRate;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ui.EChart;
import dev.beacon.shared.ui.RangeSelectEvent;
import dev.beacon.shared.ui.UserTime;
import dev.beacon.shared.ui.chart.DataZoom;
import dev.beacon.shared.ui.chart.LineSeries;
import dev.beacon.shared.ui.chart.Series;
import dev.beacon.shared.ui.chart.TimePoint;
import dev.beacon.telemetry.TelemetryTestData;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dashboard tab of the model page as a team's viewer uses it, without a browser. */
class ModelDashboardViewTest extends ViewTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    ModelService models;
    @Autowired
    MutableClock clock;

    Team team;
    UserAccount viewer;
    Model model;

    @BeforeEach
    void aViewerOfATeamWithAModel() {
        team = fixtures.team("dashboard-view");
        viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        model = fixtures.model(team, "watched");
    }

    @Test
    void the_model_page_opens_on_its_dashboard_with_every_panel_drawn_from_data() {
        busyLastHour(model, 400);

        open("");

        TabSheet tabs = find(TabSheet.class).single();
        assertThat(test(tabs).isSelected(0)).isTrue();
        assertThat(test(tabs).getTab(0).getLabel()).isEqualTo("Dashboard");
        assertThat(charts()).extracting(chart -> chart.getOption().title().text())
                .containsExactly(Arrays.stream(PanelKind.values()).map(PanelKind::title).toArray(String[]::new));
        assertThat(charts()).allSatisfy(chart -> assertThat(chart.getOption().series().getFirst().data())
                .anySatisfy(point -> assertThat(((TimePoint) point).value()).isNotNull()));
        // drawn at once (no grow-in animation), zoomed by dragging across the plot (no slider under each)
        assertThat(charts()).allSatisfy(chart -> {
            assertThat(chart.getOption().animation()).isFalse();
            assertThat(chart.getOption().dataZoom()).extracting(DataZoom::type).containsExactly("inside");
            assertThat(chart.getOption().toolbox()).isNotNull();
        });
        assertThat(find(Anchor.class).withCondition(a -> a.getText().equals("Download CSV")).all()).hasSize(PanelKind.values().length);
        assertThat(chart(PanelKind.LATENCY).getOption().series("p50").orElseThrow().data()).hasSizeBetween(24 * 12, 24 * 12 + 1);
        assertThat(find(Span.class).withClassName("beacon-dashboard-status").single().getText()).startsWith("One point per 5 min");
    }

    @Test
    void the_range_and_the_auto_refresh_come_from_the_url() {
        busyLastHour(model, 400);

        open("range=7d&refresh=30s");

        assertThat(select("Time range").getValue()).isEqualTo(RangeChoice.LAST_7_DAYS);
        assertThat(select("Auto-refresh").getValue()).isEqualTo(RefreshRate.EVERY_30_SECONDS);
        assertThat(latencyPoints()).hasSizeBetween(7 * 24, 7 * 24 + 1);
        assertThat(find(Span.class).withClassName("beacon-dashboard-status").single().getText()).startsWith("One point per 1 h");
    }

    @Test
    void a_custom_window_from_the_url_shows_in_the_pickers_in_the_users_zone() {
        Instant from = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(40));
        Instant to = from.plus(Duration.ofMinutes(10));
        busyLastHour(model, 400);

        open("from=" + from + "&to=" + to);

        assertThat(select("Time range").getValue()).isEqualTo(RangeChoice.CUSTOM);
        assertThat(picker("From").getValue()).isEqualTo(LocalDateTime.ofInstant(from, UserTime.zone()));
        assertThat(picker("To").getValue()).isEqualTo(LocalDateTime.ofInstant(to, UserTime.zone()));
        assertThat(latencyPoints()).hasSize(10).first().extracting(TimePoint::time).isEqualTo(from);
    }

    @Test
    void choosing_a_range_redraws_the_panels_and_puts_the_range_in_the_url_as_a_new_history_entry() {
        busyLastHour(model, 400);
        open("");
        urlChanges();

        test(select("Time range")).selectItem("Last hour");

        assertThat(latencyPoints()).hasSizeBetween(60, 61);
        assertThat(urlChanges()).singleElement().satisfies(change -> {
            assertThat(change).contains("pushState").contains("models/" + model.id() + "?range=1h");
        });
    }

    @Test
    void zooming_into_a_chart_makes_the_zoomed_window_the_range_and_reset_zoom_goes_back() {
        busyLastHour(model, 400);
        open("range=1h");
        Instant from = clock.instant().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
        Instant to = from.plus(Duration.ofMinutes(12));
        urlChanges();

        EChart latency = chart(PanelKind.LATENCY);
        ComponentUtil.fireEvent(latency, new RangeSelectEvent(latency, true, from.toEpochMilli(), to.toEpochMilli()));

        assertThat(select("Time range").getValue()).isEqualTo(RangeChoice.CUSTOM);
        assertThat(latencyPoints()).hasSize(12);
        assertThat(urlChanges()).singleElement().satisfies(change -> assertThat(change).contains("pushState")
                .contains("from=" + from).contains("to=" + to));
        Button reset = find(Button.class).withText("Reset zoom").single();
        assertThat(reset.isVisible()).isTrue();

        test(reset).click();

        assertThat(select("Time range").getValue()).isEqualTo(RangeChoice.LAST_HOUR);
        assertThat(latencyPoints()).hasSizeBetween(60, 61);
        assertThat(reset.isVisible()).isFalse();
    }

    @Test
    void values_far_apart_are_drawn_as_dots_since_a_lone_value_draws_no_line_and_dense_ones_as_plain_lines() {
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        List<Instant> hourly = IntStream.rangeClosed(2, 12).mapToObj(i -> hour.minus(Duration.ofHours(i))).toList();
        TelemetryTestData.minutes(ingestion, rollups, model.id(), hourly,
                (minute, aggregate) -> aggregate.addRequest(300, 60.0, 100, 10, null, 8192));
        busyLastHour(model, 400);

        open("range=24h");
        assertThat(latencyLine("p95").showSymbol()).isTrue();

        open("range=1h");
        assertThat(latencyLine("p95").showSymbol()).isFalse();
    }

    @Test
    void a_model_without_data_teaches_how_to_send_this_very_model_some() {
        open("");

        assertThat(charts()).isEmpty();
        String text = find(ModelDashboard.class).single().getElement().getTextRecursively();
        assertThat(text).contains("No telemetry for " + model.data().name() + " in the last 24 hours", "/v1/traces",
                "Beacon scrapes http://gpu-node-1:8000/metrics every 15 seconds");
        assertThat(find(Pre.class).single().getText()).contains("/api/v1/ingest/events", model.id().toString(), "Bearer bik_");
        assertThat(find(Anchor.class).withCondition(a -> a.getText().equals("the team page")).single().getHref())
                .isEqualTo("teams/" + team.id());
    }

    @Test
    void without_server_readings_or_scores_those_panels_teach_where_they_come_from() {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(5));
        TelemetryTestData.minute(ingestion, rollups, model.id(), minute, a -> a.addRequest(300, 60.0, 100, 10, null, 8192));

        open("");

        assertThat(charts()).hasSize(PanelKind.values().length - 2);
        assertThat(panel(PanelKind.SERVER).getElement().getTextRecursively())
                .contains("No queue-depth or KV-cache readings", "Beacon scrapes http://gpu-node-1:8000/metrics every 15 seconds");
        assertThat(panel(PanelKind.SCORES).getElement().getTextRecursively())
                .contains("No accuracy or evaluation scores", "/api/v1/ingest/scores", model.id().toString());
    }

    @Test
    void comparing_with_another_model_adds_its_dashed_series_to_the_latency_and_throughput_panels_only() {
        Model sibling = fixtures.model(team, "sibling");
        busyLastHour(model, 400);
        busyLastHour(sibling, 900);
        open("range=1h");
        urlChanges();

        test(compareField()).selectItem(sibling.data().name() + " · " + team.name());

        assertThat(seriesIds(PanelKind.LATENCY)).containsExactly("p50", "p95", "p99", "compare-p50", "compare-p95");
        assertThat(seriesIds(PanelKind.OUTPUT_SPEED)).containsExactly("tokens-per-second", "compare-tokens-per-second");
        assertThat(seriesIds(PanelKind.REQUESTS)).containsExactly("requests", "compare-requests");
        assertThat(seriesIds(PanelKind.TIME_TO_FIRST_TOKEN)).containsExactly("p50", "p95");
        assertThat(chart(PanelKind.LATENCY).getOption().series("compare-p95").orElseThrow().name())
                .isEqualTo("p95 · " + sibling.data().name());
        assertThat(chart(PanelKind.LATENCY).getOption().series("p95").orElseThrow().name())
                .isEqualTo("p95 · " + model.data().name());
        assertThat(urlChanges()).singleElement().satisfies(change -> assertThat(change).contains("replaceState")
                .contains("compare=model:" + sibling.id()));
    }

    @Test
    void before_after_a_version_compares_with_the_window_before_the_change_and_marks_the_change() {
        busyLastHour(model, 400);
        DashboardTestData.newVersion(fixtures, models, model, "v2");

        open("range=1h");
        test(compareField()).selectItem(compareField().getListDataView().getItems().map(CompareChoice::label)
                .filter(label -> label.startsWith("Before/after v2")).findFirst().orElseThrow());

        var latency = chart(PanelKind.LATENCY).getOption();
        assertThat(latency.series("compare-p95").orElseThrow().name()).isEqualTo("p95 · before v2");
        assertThat(latency.title().subtext()).startsWith("dashed: before v2, moved ");
        assertThat(latency.series("p50").orElseThrow()).extracting(series -> ((LineSeries) series)
                .markLine().data().getFirst().name()).isEqualTo("v2");
    }

    @Test
    void auto_refresh_pushes_new_data_into_the_same_charts_as_data_only() {
        busyLastHour(model, 400);
        open("range=15m&refresh=10s");
        ModelDashboard dashboard = find(ModelDashboard.class).single();
        chartCalls(PanelKind.LATENCY);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        TelemetryTestData.minute(ingestion, rollups, model.id(), now, a -> a.addRequest(5000, null, 10, 10, null, 8192));

        dashboard.refreshInBackground(UI.getCurrent());

        assertThat(chartCalls(PanelKind.LATENCY)).containsExactly("setSeriesData");
        assertThat(latencyPoints()).map(TimePoint::value).filteredOn(Objects::nonNull).anySatisfy(p99 ->
                assertThat(p99).isGreaterThan(1000));
    }

    private void busyLastHour(Model target, double medianMs) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        List<Instant> minutes = IntStream.rangeClosed(1, 60).mapToObj(i -> now.minus(Duration.ofMinutes(i))).toList();
        TelemetryTestData.minutes(ingestion, rollups, target.id(), minutes,
                (minute, aggregate) -> DashboardTestData.busyMinute(aggregate, minute, medianMs, 8192));
    }

    /** Opens the model's page with these query parameters, e.g. "range=7d&refresh=30s". */
    private void open(String query) {
        signIn(viewer);
        UI.getCurrent().navigate("models/" + model.id(), QueryParameters.fromString(query));
        roundTrip(); // the tab sheet attaches the selected tab's content just before it answers the browser
    }

    private List<EChart> charts() {
        return find(EChart.class).all().stream().filter(Component::isVisible).toList();
    }

    private Panel panel(PanelKind kind) {
        return find(Panel.class).withCondition(panel -> panel.kind() == kind).single();
    }

    private EChart chart(PanelKind kind) {
        return Objects.requireNonNull(panel(kind).chart(), kind + " has no chart");
    }

    private List<String> seriesIds(PanelKind kind) {
        return chart(kind).getOption().series().stream().map(Series::id).toList();
    }

    private LineSeries latencyLine(String id) {
        return (LineSeries) chart(PanelKind.LATENCY).getOption().series(id).orElseThrow();
    }

    /** The p99 latency points as drawn (p99 is the last of the model's own latency series). */
    private List<TimePoint> latencyPoints() {
        return chart(PanelKind.LATENCY).getOption().series("p99").orElseThrow().data().stream().map(TimePoint.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label) {
        return find(Select.class).withCondition(select -> label.equals(select.getLabel())).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<CompareChoice> compareField() {
        return find(ComboBox.class).withCondition(box -> "Compare with".equals(box.getLabel())).single();
    }

    private DateTimePicker picker(String label) {
        return find(DateTimePicker.class).withCondition(picker -> label.equals(picker.getLabel())).single();
    }

    /** The browser history changes of this round trip: push or replace, and the arguments (the address decoded). */
    private List<String> urlChanges() {
        return pending().stream()
                .filter(call -> call.getInvocation().getExpression().contains("history")
                        || call.getInvocation().getExpression().contains("vaadin-navigate"))
                .map(call -> (call.getInvocation().getExpression().contains("replace: true")
                        || call.getInvocation().getExpression().contains("replaceState") ? "replaceState " : "pushState ")
                        + URLDecoder.decode(call.getInvocation().getParameters().toString(), StandardCharsets.UTF_8))
                .toList();
    }

    /** The methods the chart called in the browser in this round trip: setOption or setSeriesData. */
    private List<String> chartCalls(PanelKind kind) {
        EChart chart = chart(kind);
        return pending().stream().filter(call -> call.getOwner() == chart.getElement().getNode())
                .map(call -> call.getInvocation().getExpression().replaceAll(".*\\.(\\w+)\\(.*", "$1"))
                .toList();
    }

    private List<PendingJavaScriptInvocation> pending() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }
}
