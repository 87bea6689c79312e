package dev.beacon.shared.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.beacon.BrowserTest;
import dev.beacon.ChartOnScreen;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ui.chart.TimePoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The chart component in a real Chromium, on the test-only page {@link ChartTestView} (/test/chart). */
class ChartJourneyTest extends BrowserTest {

    private static final Pattern RANGE = Pattern.compile("Range (\\S+) to (\\S+)");

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private Screen screen;
    private ChartOnScreen chart;

    @BeforeEach
    void openTheChartPage() {
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text() + " @ " + message.location());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        UserAccount viewer = fixtures.memberOfNewTeam("chart", TeamRole.VIEWER);
        signIn(viewer.username(), TestFixtures.PASSWORD);
        page.navigate("/test/chart");
        screen = new Screen(page);
        chart = new ChartOnScreen(page, page.locator("#latency-chart"));
        assertThat(chart.element().locator("canvas")).isVisible();
        chart.waitForPoints(0, ChartTestView.POINTS);
    }

    @AfterEach
    void noErrorsInTheBrowser() {
        assertThat(errors).isEmpty();
    }

    @Test
    void chart_draws_the_servers_series_thresholds_and_bands_and_names_itself_for_screen_readers() {
        assertThat(chart.points(1)).isEqualTo(ChartTestView.POINTS);
        assertThat(chart.option("o => o.series[0].markLine.data.map(d => d.name)")).isEqualTo(List.of("SLO 250 ms", "v2"));
        assertThat(chart.option("o => o.series[0].markArea.data[0][0].name")).isEqualTo("latency alert");
        assertThat(chart.element()).hasAttribute("role", "img");
        assertThat(chart.element()).hasAttribute("aria-label", "Latency: p95 latency, requests/min");
    }

    @Test
    void tooltip_shows_the_time_in_the_users_zone_and_every_series_value_with_its_unit() {
        chart.hoverPoint(0, 12);

        // 08:12 UTC in the browser's zone, Europe/Berlin; latencyAt(12) is 184 ms, 45 requests then.
        chart.waitUntil("el => el.shadowRoot.querySelector('.chart').lastElementChild.textContent.includes('184 ms')");
        assertThat(chart.tooltip()).contains("2026-03-02 09:12:00", "p95 latency", "184 ms", "requests/min", "45");
    }

    @Test
    void chart_follows_the_appearance_live_and_keeps_the_users_zoom_and_legend_choice() {
        page.evaluate("() => window.sameDocument = true");
        String instance = chart.instanceId();
        assertThat(luminance(chart.pixel(3, 3))).isGreaterThan(0.9);
        chart.dragAcrossPlot(0.2, 0.5);
        assertThat(page.locator("#selected-range")).containsText("Range");
        chart.clickLegend(1);
        Object zoom = chart.option("o => [o.dataZoom[0].start, o.dataZoom[0].end]");

        chooseAppearance("Dark");

        chart.waitUntil("el => el.shadowRoot.querySelector('canvas').getContext('2d').getImageData(3, 3, 1, 1).data[0] < 100");
        assertThat(luminance(chart.pixel(3, 3))).isLessThan(0.25);
        assertThat(luminance((String) chart.option("o => o.xAxis[0].axisLabel.color"))).isGreaterThan(0.7);
        assertThat(chart.instanceId()).isEqualTo(instance);
        assertThat(page.evaluate("() => window.sameDocument")).isEqualTo(true);
        assertThat(chart.option("o => [o.dataZoom[0].start, o.dataZoom[0].end]")).isEqualTo(zoom);
        assertThat(chart.option("o => o.legend[0].selected['requests/min']")).isEqualTo(false);

        // Following the system: the chart changes with the system's preference, still the same chart.
        chooseAppearance("Follow the system");
        chart.waitUntil("el => el.shadowRoot.querySelector('canvas').getContext('2d').getImageData(3, 3, 1, 1).data[0] > 200");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        chart.waitUntil("el => el.shadowRoot.querySelector('canvas').getContext('2d').getImageData(3, 3, 1, 1).data[0] < 100");
        assertThat(chart.instanceId()).isEqualTo(instance);
    }

    @Test
    void new_points_arrive_as_data_alone_into_the_same_chart() {
        chart.element().evaluate("""
                el => {
                  el.calls = [];
                  for (const method of ['setOption', 'setSeriesData']) {
                    const original = el[method].bind(el);
                    el[method] = (...args) => { el.calls.push(method); return original(...args); };
                  }
                }""");
        String instance = chart.instanceId();

        screen.button("Add a point").click();

        chart.waitForPoints(0, ChartTestView.POINTS + 1);
        assertThat(chart.element().evaluate("el => el.calls")).isEqualTo(List.of("setSeriesData"));
        assertThat(chart.instanceId()).isEqualTo(instance);
        TimePoint added = ChartTestView.latencyAt(ChartTestView.POINTS);
        assertThat(chart.option("o => o.series[0].data.at(-1)[0]")).isEqualTo((double) added.time().toEpochMilli());
        assertThat(((Number) chart.option("o => o.series[0].data.at(-1)[1]")).doubleValue()).isEqualTo(added.value());
        assertThat(chart.option("o => o.series[0].markLine.data.length")).isEqualTo(2);
        assertThat(chart.points(1)).isEqualTo(ChartTestView.POINTS);
    }

    @Test
    void dragging_across_the_plot_zooms_to_that_time_range_and_the_server_gets_the_range() {
        chart.dragAcrossPlot(0.25, 0.75);

        assertThat(page.locator("#selected-range")).containsText("Range");
        Matcher range = RANGE.matcher(page.locator("#selected-range").textContent());
        assertThat(range.matches()).isTrue();
        Instant from = Instant.parse(range.group(1));
        Instant to = Instant.parse(range.group(2));
        // The plot spans the 29 minutes from START: a quarter of it in, three quarters of it in.
        assertThat(Duration.between(ChartTestView.START.plusSeconds(29 * 60 / 4), from).abs()).isLessThan(Duration.ofSeconds(30));
        assertThat(Duration.between(ChartTestView.START.plusSeconds(29 * 60 * 3 / 4), to).abs()).isLessThan(Duration.ofSeconds(30));
        assertThat(chart.option("o => o.dataZoom[0].startValue")).isEqualTo((double) from.toEpochMilli());
    }

    @Test
    void clicking_a_point_tells_the_server_its_series_time_and_value() {
        chart.clickPoint(0, 12);

        assertThat(page.locator("#clicked-point")).hasText("Clicked p95 at 2026-03-02T08:12:00Z = 184.0");
    }

    @Test
    void chart_fits_its_box_and_is_disposed_when_the_user_leaves_the_page() {
        chart.element().evaluate("el => el.style.width = '600px'");
        chart.waitUntil("el => el.chart.getWidth() === 600");
        chart.element().evaluate("el => window.leftChart = el");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams")).click();

        assertThat(page).hasURL(Pattern.compile(".*/teams$"));
        assertThat(screen.heading("Teams")).isVisible();
        assertThat(page.evaluate("() => [window.leftChart.isConnected, window.leftChart.chart === undefined]"))
                .isEqualTo(List.of(false, true));
    }

    /** Relative luminance (0 black … 1 white) of "r,g,b,a" or "rgb(a)(r, g, b…)". */
    private static double luminance(String color) {
        String[] channels = color.replaceAll("[^0-9.,]", "").split(",");
        return (0.2126 * Double.parseDouble(channels[0]) + 0.7152 * Double.parseDouble(channels[1])
                + 0.0722 * Double.parseDouble(channels[2])) / 255;
    }
}
