package dev.beacon.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import dev.beacon.ViewTest;
import dev.beacon.security.AccountService;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserProfile;
import dev.beacon.shared.ui.chart.ChartJson;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.HeatCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link EChart} sends to the browser, read from the JavaScript calls Vaadin queues for it. */
class EChartBrowserlessTest extends ViewTest {

    private record Call(String method, JsonNode argument) {
    }

    @Autowired
    private AccountService accounts;

    private ChartTestView view;
    private EChart chart;

    /** A viewer who lives in India opens the chart page. */
    @BeforeEach
    void openTheChartPage() {
        UserAccount viewer = fixtures.memberOfNewTeam("chart", TeamRole.VIEWER);
        fixtures.as(viewer, () -> accounts.updateProfile(viewer.version(),
                new UserProfile(viewer.displayName(), viewer.email(), "Asia/Kolkata")));
        signIn(viewer);
        view = navigate(ChartTestView.class);
        chart = view.chart();
    }

    @Test
    void attaching_the_chart_sends_its_whole_option_once() {
        List<Call> calls = callsToTheChart();

        assertThat(calls).extracting(Call::method).containsExactly("setOption");
        assertThat(calls.getFirst().argument()).isEqualTo(ChartJson.option(chart.getOption()));
        assertThat(calls.getFirst().argument().at("/series/0/data")).hasSize(ChartTestView.POINTS);
    }

    @Test
    void a_refresh_sends_only_the_new_points_of_that_series() {
        callsToTheChart();

        test(findInView(Button.class).withText("Add a point").single()).click();

        List<Call> calls = callsToTheChart();
        assertThat(calls).extracting(Call::method).containsExactly("setSeriesData");
        JsonNode update = calls.getFirst().argument();
        assertThat(update).hasSize(1);
        assertThat(update.get(0).propertyNames()).containsExactlyInAnyOrder("id", "data");
        assertThat(update.get(0).get("id").asString()).isEqualTo("p95");
        assertThat(update.get(0).get("data")).hasSize(ChartTestView.POINTS + 1);
        assertThat(update.get(0).get("data").get(ChartTestView.POINTS).get(1).asDouble())
                .isEqualTo(ChartTestView.latencyAt(ChartTestView.POINTS).value());
        assertThat(chart.getOption().series("p95").orElseThrow().data()).hasSize(ChartTestView.POINTS + 1);
        assertThat(chart.getOption().series("requests").orElseThrow().data()).hasSize(ChartTestView.POINTS);
    }

    @Test
    void a_new_option_and_a_refresh_in_one_round_trip_send_the_option_once_with_the_new_points() {
        callsToTheChart();
        ChartOption replaced = chart.getOption();

        chart.setOption(replaced);
        chart.setSeriesData("p95", List.of(ChartTestView.latencyAt(0)));

        List<Call> calls = callsToTheChart();
        assertThat(calls).extracting(Call::method).containsExactly("setOption");
        assertThat(calls.getFirst().argument().at("/series/0/data")).hasSize(1);
    }

    @Test
    void a_chart_put_back_on_the_page_gets_the_whole_option_with_the_points_it_missed() {
        callsToTheChart();
        view.remove(chart);
        chart.setSeriesData("p95", List.of(ChartTestView.latencyAt(0), ChartTestView.latencyAt(1)));
        assertThat(callsToTheChart()).isEmpty();

        view.add(chart);

        List<Call> calls = callsToTheChart();
        assertThat(calls).extracting(Call::method).containsExactly("setOption");
        assertThat(calls.getFirst().argument().at("/series/0/data")).hasSize(2);
    }

    @Test
    void new_points_for_a_series_the_chart_does_not_have_are_refused() {
        assertThatThrownBy(() -> chart.setSeriesData("p99", List.of(ChartTestView.latencyAt(0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no series p99")
                .hasMessageContaining("p95");
        assertThatThrownBy(() -> chart.setSeriesData("p95", List.of(new HeatCell(0, 0, 1.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes TimePoint data");
        assertThat(chart.getOption().series("p95").orElseThrow().data()).hasSize(ChartTestView.POINTS);
    }

    @Test
    void the_chart_is_an_image_named_after_its_title_and_series() {
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Latency: p95 latency, requests/min");
    }

    @Test
    void times_on_the_chart_are_shown_in_the_zone_of_the_users_profile() {
        roundTrip();

        assertThat(chart.getElement().getProperty("timeZone")).isEqualTo("Asia/Kolkata");
    }

    /** The chart's JavaScript calls of the current round trip: setOption or setSeriesData, with the JSON sent. */
    private List<Call> callsToTheChart() {
        roundTrip();
        List<PendingJavaScriptInvocation> pending = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        return pending.stream()
                .filter(call -> call.getOwner() == chart.getElement().getNode())
                .map(call -> new Call(call.getInvocation().getExpression().replaceAll(".*\\.(\\w+)\\(.*", "$1"),
                        (JsonNode) call.getInvocation().getParameters().getLast()))
                .toList();
    }
}
