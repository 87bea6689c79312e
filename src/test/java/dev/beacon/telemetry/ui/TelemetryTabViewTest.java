package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ui.UserTime;
import dev.beacon.telemetry.FakeModelServer;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.ingest.RequestEventInput;
import dev.beacon.telemetry.probe.ProbeService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.beacon.telemetry.TelemetryTestData.callerFor;
import static dev.beacon.telemetry.TelemetryTestData.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The model page's Telemetry tab as a team member sees it, without a browser. */
class TelemetryTabViewTest extends ViewTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    RollupJob rollups;
    @Autowired
    ProbeService probes;
    @Autowired
    ModelDirectory directory;
    @Autowired
    MutableClock clock;

    Team team;
    UserAccount viewer;

    @BeforeEach
    void aTeamWithAViewer() {
        team = fixtures.team("telemetry-tab");
        viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
    }

    @Test
    void a_viewer_sees_the_last_hours_figures_and_when_the_last_probe_found_the_server_up() {
        try (FakeModelServer server = FakeModelServer.start().answer("/health", 200, "text/plain", "")) {
            Model model = register(server.url());
            sixtyRequestsInTheLastHalfHour(model);
            Instant probedAt = clock.instant();
            probes.probe(directory.find(model.id()).orElseThrow());

            Component tab = openTelemetryTab(model);

            Map<String, String> figures = figures(tab);
            assertThat(figures).containsEntry("Requests/min", "1.0").containsEntry("Error rate", "0.0 %")
                    .containsEntry("KV cache (avg)", "—");
            assertThat(figures.get("Latency p95")).matches("(79\\d|80\\d) ms");
            assertThat(figures.get("Time to first token p95")).matches("1[56]\\d ms");
            String lastProbe = card(tab, "Last probe");
            assertThat(lastProbe).contains("Up", UserTime.formatPrecise(probedAt).substring(0, 16), "took ");
            assertThat(card(tab, "Last scrape")).contains("No scrape yet");
        }
    }

    @Test
    void a_model_without_data_teaches_how_to_send_this_very_model_some() {
        Model model = fixtures.model(team, "silent");

        Component tab = openTelemetryTab(model);

        assertThat(text(tab)).contains("No telemetry in the last hour", "/v1/traces", "4317",
                "gen_ai.request.model is " + model.data().servedModelName(),
                "Beacon scrapes http://gpu-node-1:8000/metrics every 15 seconds");
        String curl = find(Pre.class, tab).single().getText();
        assertThat(curl).contains("/api/v1/ingest/events", "\"model\": \"" + model.id() + "\"", "Bearer bik_");
        assertThat(find(Anchor.class, tab).single().getHref()).isEqualTo("teams/" + team.id());
        assertThat(figures(tab)).doesNotContainKey("Requests/min");
    }

    @Test
    void figures_appear_at_the_next_poll_without_reloading_the_page() {
        Model model = fixtures.model(team, "waking");
        Component tab = openTelemetryTab(model);
        assertThat(text(tab)).contains("No telemetry in the last hour");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(TelemetryPanel.REFRESH_MILLIS);

        sixtyRequestsInTheLastHalfHour(model);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(figures(tab)).containsEntry("Requests/min", "1.0");
        assertThat(text(tab)).doesNotContain("No telemetry in the last hour");
    }

    private Model register(String endpoint) {
        ModelData data = TestFixtures.modelData(TestFixtures.unique("watched"));
        return fixtures.registerAsAdmin(team, new ModelData(data.name(), data.description(), data.runtime(), endpoint,
                data.servedModelName(), data.versionLabel(), data.contextWindow(), data.defaultTemperature(),
                data.maxOutputTokens(), data.tags(), data.status(), ModelMonitoring.defaultsFor(data.runtime())));
    }

    private void sixtyRequestsInTheLastHalfHour(Model model) {
        Instant now = clock.instant();
        List<RequestEventInput> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            events.add(event(model.id().toString(), now.minus(Duration.ofSeconds(30L * i + 5)), 800));
        }
        ingestion.ingestEvents(callerFor(team), events, EventSource.API, true);
        rollups.runOnce();
    }

    private Component openTelemetryTab(Model model) {
        signIn(viewer);
        navigate("models/" + model.id(), Component.class);
        TabSheet tabs = find(TabSheet.class).single();
        test(tabs).select("Telemetry");
        roundTrip(); // the tab sheet attaches the selected tab's content just before it answers the browser
        return test(tabs).getTabContent("Telemetry");
    }

    /** Label → value of every figure card in the tab. */
    private Map<String, String> figures(Component tab) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Div card : find(Div.class, tab).withClassName("beacon-figure").all()) {
            List<Span> spans = card.getChildren().filter(Span.class::isInstance).map(Span.class::cast).toList();
            if (spans.size() == 2 && spans.get(0).hasClassName("beacon-figure-label")) {
                figures.put(spans.get(0).getText(), spans.get(1).getText());
            }
        }
        return figures;
    }

    private String card(Component tab, String title) {
        return find(Div.class, tab).withClassName("beacon-figure")
                .withCondition(card -> card.getChildren().anyMatch(child -> child instanceof H4 h && h.getText().equals(title)))
                .single().getElement().getTextRecursively();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
