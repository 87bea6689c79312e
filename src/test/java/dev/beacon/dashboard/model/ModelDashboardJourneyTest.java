package dev.beacon.dashboard.model;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.ChartOnScreen;
import dev.beacon.MutableClock;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.dashboard.DashboardTestData;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.TelemetryTestData;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/** An on-call engineer opens a busy model's dashboard and works with it, in a real Chromium. */
class ModelDashboardJourneyTest extends BrowserTest {

    private static final int PANELS = PanelKind.values().length;
    /**
     * Resolves with two times in ms since the navigation started: when the charts in the window had drawn
     * their data (what the user sees first; charts out of view wait), and when every panel's chart had —
     * each once the charts hold data, have no animation running, and a frame has been painted since.
     */
    private static final String PANELS_DRAWN = """
            (panels) => new Promise(resolve => {
              const drawn = el => el.chart
                  && el.chart.getOption().series?.some(s => s.data?.some(p => p[1] !== null && p[1] !== undefined))
                  && el.chart.getZr().animation.isFinished();
              const inWindow = el => { const box = el.getBoundingClientRect(); return box.bottom > 0 && box.top < innerHeight; };
              let inView = null;
              const check = () => {
                const charts = [...document.querySelectorAll('beacon-chart')];
                if (inView === null && charts.length === panels && charts.filter(inWindow).every(drawn)) {
                  inView = 'pending';
                  requestAnimationFrame(() => inView = performance.now());
                }
                if (charts.length === panels && charts.every(drawn)) {
                  requestAnimationFrame(() => resolve([typeof inView === 'number' ? inView : performance.now(), performance.now()]));
                } else {
                  requestAnimationFrame(check);
                }
              };
              check();
            })""";
    /** When the page's first data request (Vaadin's UIDL) was sent and answered, in ms since the navigation started. */
    private static final String FIRST_DATA_REQUEST = """
            () => { const r = performance.getEntriesByType('resource').find(e => e.name.includes('v-r=uidl'));
                    return [r.requestStart, r.responseEnd]; }""";

    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    ModelService models;
    @Autowired
    MutableClock clock;

    @Test
    void an_operator_reads_a_busy_models_dashboard_changes_its_range_zooms_exports_and_sees_new_data_arrive_live() throws Exception {
        Team team = fixtures.team("on-call");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        Model model = fixtures.model(team, "busy");
        thirtyDaysOfTraffic(model);
        DashboardTestData.newVersion(fixtures, models, model, "v2");
        Screen screen = new Screen(page);
        signIn(viewer.username(), TestFixtures.PASSWORD);

        // The 30-day dashboard: every panel draws data. How long that takes in the browser is printed, never asserted.
        printRenderTime("/models/" + model.id() + "?range=30d");
        assertThat(screen.tab("Dashboard")).hasAttribute("selected", "");
        assertThat(page.locator("beacon-chart")).hasCount(PANELS);
        for (int i = 0; i < PANELS; i++) {
            new ChartOnScreen(page, page.locator("beacon-chart").nth(i)).waitForData();
        }
        ChartOnScreen latency = panelChart(PanelKind.LATENCY);
        assertThat(latency.option("o => o.series[0].markLine.data.map(d => d.name)")).asInstanceOf(LIST).contains("v2");
        int monthPoints = latency.points(0);

        // A shorter range: the URL says so and the charts redraw with finer points.
        screen.choose("Time range", "Last 24 hours");
        assertThat(page).hasURL(Pattern.compile(".*[?&]range=24h.*"));
        latency.waitUntil("el => el.chart.getOption().series[0].data.length !== " + monthPoints);
        double dayStart = ((Number) latency.option("o => o.series[0].data[0][0]")).doubleValue();

        // Dragging across the latency chart zooms the whole dashboard to that window.
        latency.dragAcrossPlot(0.5, 0.9);
        assertThat(page).hasURL(Pattern.compile(".*[?&]from=.*&to=.*"));
        assertThat(page.getByLabel("Time range", new Page.GetByLabelOptions().setExact(true))).hasText("Custom…");
        latency.waitUntil("el => el.chart.getOption().series[0].data[0][0] > " + (dayStart + Duration.ofHours(11).toMillis()));
        ChartOnScreen requests = panelChart(PanelKind.REQUESTS);
        requests.waitUntil("el => el.chart.getOption().series[0].data[0][0] > " + (dayStart + Duration.ofHours(11).toMillis()));
        assertThat(screen.button("Reset zoom")).isVisible();

        // Dark mode: every chart follows, the same charts.
        String instance = latency.instanceId();
        page.waitForFunction(everyChartsBackground("> 200"));
        chooseAppearance("Dark");
        page.waitForFunction(everyChartsBackground("< 100"));
        assertThat(latency.instanceId()).isEqualTo(instance);

        // The latency panel's data as CSV: one row per point drawn, a column per series with its unit.
        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download Latency as CSV")).click());
        assertThat(csv.suggestedFilename()).matches(Pattern.quote(model.data().name()) + "-latency-\\d{8}T\\d{4}Z-\\d{8}T\\d{4}Z\\.csv");
        List<String> rows = Files.readAllLines(csv.path());
        assertThat(rows.getFirst()).isEqualTo("time (UTC),p50 (ms),p95 (ms),p99 (ms)");
        assertThat(rows).hasSize(1 + latency.points(0));
        assertThat(rows.get(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,.*");

        // The browser's back button goes back to the range before the zoom.
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*[?&]range=24h.*"));
        // looked up afresh on every check: going back may replace the chart element the zoomed page showed
        page.waitForFunction("start => { const el = document.querySelector(\"[data-panel='" + PanelKind.LATENCY.slug()
                + "'] beacon-chart\"); return el?.chart?.getOption().series[0].data[0]?.[0] === start; }", dayStart);
        ChartOnScreen dayLatency = panelChart(PanelKind.LATENCY);

        // Auto-refresh: a slow request that arrives now shows up without a reload, in the same chart.
        screen.choose("Time range", "Last 15 minutes");
        screen.choose("Auto-refresh", "Every 10 seconds");
        assertThat(page).hasURL(Pattern.compile(".*[?&]refresh=10s.*"));
        ChartOnScreen live = panelChart(PanelKind.LATENCY);
        live.waitUntil("el => el.chart.getOption().series[0].data.length <= 16");
        page.evaluate("() => window.sameDocument = true");
        String liveInstance = live.instanceId();
        TelemetryTestData.minute(ingestion, rollups, model.id(), clock.instant().truncatedTo(ChronoUnit.MINUTES),
                minute -> minute.addRequest(8_000, null, 100, 10, null, 8192));
        live.waitUntil("el => el.chart.getOption().series[2].data.some(p => p[1] > 5000)", 30_000);
        assertThat(live.instanceId()).isEqualTo(liveInstance);
        assertThat(page.evaluate("() => window.sameDocument")).isEqualTo(true);
    }

    /** Every hour of the last 30 days, and every minute of the last two hours, as a busy vLLM server would report them. */
    private void thirtyDaysOfTraffic(Model model) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        List<Instant> minutes = new ArrayList<>();
        for (Instant hour = now.minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(30));
             hour.isBefore(now.minus(Duration.ofHours(2))); hour = hour.plus(Duration.ofHours(1))) {
            minutes.add(hour);
        }
        for (int minute = 120; minute >= 1; minute--) {
            minutes.add(now.minus(Duration.ofMinutes(minute)));
        }
        TelemetryTestData.minutes(ingestion, rollups, model.id(), minutes,
                (minute, aggregate) -> DashboardTestData.busyMinute(aggregate, minute, 300 + minute.getEpochSecond() / 3600 % 24 * 20, 8192));
    }

    /**
     * Opens the dashboard three times and prints how long each took from the navigation's start until the
     * charts in the window had drawn their data (the median as {@code model_dashboard.render_ms}) and until
     * every chart had ({@code model_dashboard.all_panels_ms}), then each load with the part the server's
     * answer to the page's data request took.
     */
    private void printRenderTime(String url) {
        List<Double> inView = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        for (int load = 0; load < 3; load++) {
            page.navigate(url);
            List<?> drawn = (List<?>) page.evaluate(PANELS_DRAWN, PANELS);
            List<?> request = (List<?>) page.evaluate(FIRST_DATA_REQUEST);
            double sent = ((Number) request.get(0)).doubleValue();
            double answered = ((Number) request.get(1)).doubleValue();
            inView.add(((Number) drawn.get(0)).doubleValue());
            all.add(((Number) drawn.get(1)).doubleValue());
            loads.add("%.0f ms in view, %.0f ms all (server answered the data request in %.0f ms, then %.0f ms in the browser)"
                    .formatted(inView.getLast(), all.getLast(), answered - sent, inView.getLast() - answered));
        }
        System.out.printf("model_dashboard.render_ms: %.0f%n", inView.stream().sorted().toList().get(1));
        System.out.printf("model_dashboard.all_panels_ms: %.0f%n", all.stream().sorted().toList().get(1));
        System.out.println("model_dashboard.render_ms of each load (30-day range, " + PANELS + " panels, 1400 x 900 window): "
                + String.join("; ", loads));
    }

    /** Whether the red of every chart's background (its top left pixel) compares so, e.g. "< 100" when dark. */
    private static String everyChartsBackground(String comparison) {
        return "() => [...document.querySelectorAll('beacon-chart')].every(el => el.shadowRoot.querySelector('canvas')"
                + ".getContext('2d').getImageData(3, 3, 1, 1).data[0] " + comparison + ")";
    }

    private ChartOnScreen panelChart(PanelKind panel) {
        Locator chart = page.locator("[data-panel='" + panel.slug() + "'] beacon-chart");
        return new ChartOnScreen(page, chart);
    }
}
