package dev.beacon.telemetry.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.probe.ProbeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.ServerSocket;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An operator opens a model that sends no data and learns from its Telemetry tab why, and how to send some. */
class TelemetryTabJourneyTest extends BrowserTest {

    @Autowired
    ProbeService probes;
    @Autowired
    ModelDirectory directory;

    @Test
    void the_telemetry_tab_shows_that_the_last_probe_found_nothing_listening_and_how_to_send_data() throws IOException {
        Team team = fixtures.team("journey-telemetry");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        Model model = fixtures.registerAsAdmin(team, modelAt(closedPort()));
        probes.probe(directory.find(model.id()).orElseThrow());

        signIn(viewer.username(), TestFixtures.PASSWORD);
        page.navigate("/models/" + model.id());
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Telemetry")).click();

        Locator lastProbe = page.locator(".beacon-figure").filter(new Locator.FilterOptions().setHasText("Last probe"));
        assertThat(lastProbe).containsText("Down");
        assertThat(lastProbe).containsText("CONNECTION_REFUSED");
        assertThat(lastProbe).containsText("Nothing accepts connections at this address and port");
        assertThat(page.getByText("No telemetry in the last hour")).isVisible();
        assertThat(page.locator("pre.beacon-code")).containsText("/api/v1/ingest/events");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("the team page")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(team.name()).setLevel(2))).isVisible();
    }

    private static ModelData modelAt(String endpoint) {
        ModelData data = TestFixtures.modelData(TestFixtures.unique("silent"));
        return new ModelData(data.name(), data.description(), data.runtime(), endpoint, data.servedModelName(),
                data.versionLabel(), data.contextWindow(), data.defaultTemperature(), data.maxOutputTokens(), data.tags(),
                data.status(), ModelMonitoring.defaultsFor(data.runtime()));
    }

    private static String closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
