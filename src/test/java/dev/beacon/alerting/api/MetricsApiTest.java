package dev.beacon.alerting.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static dev.beacon.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MetricsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ApplicationContext context;

    @Test
    void a_token_scrapes_health_firing_alerts_and_figures_of_its_users_models_only() {
        AlertTestData alerts = new AlertTestData(context);
        Team team = fixtures.team("scraped");
        UserAccount viewer = fixtures.user("grafana");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        Model slow = alerts.fleet.model(team, "slow", ModelRuntime.VLLM);
        alerts.rule(slow, AlertTestData.latencyRule(2_000, 5_000, 0));
        alerts.latency(team, slow, 2, 20, 6_000);
        Model silent = alerts.fleet.model(team, "silent", ModelRuntime.OLLAMA);
        Model theirs = alerts.fleet.model(fixtures.team("not-scraped"), "theirs", ModelRuntime.VLLM);
        alerts.nextCycle();

        Http.Response response = new Http(port).get("/api/v1/metrics", "Authorization", bearer(fixtures.apiToken(viewer)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        String labels = "team=\"" + team.name() + "\",model=\"" + slow.data().name() + "\"";
        assertThat(response.body())
                .contains("# TYPE beacon_model_health gauge")
                .contains("beacon_model_health{" + labels + "} 2\n")
                .contains("beacon_model_health{team=\"" + team.name() + "\",model=\"" + silent.data().name() + "\"} -1\n")
                .contains("beacon_alerts_firing{" + labels + ",severity=\"critical\"} 1\n")
                .contains("beacon_alerts_firing{" + labels + ",severity=\"warning\"} 0\n")
                .containsPattern("beacon_model_latency_p95_seconds\\{" + java.util.regex.Pattern.quote(labels) + "} 6\\.0\\d*\n")
                .contains("beacon_model_error_rate{" + labels + "} 0\n")
                .doesNotContain(theirs.data().name());
        assertThat(new Http(port).get("/api/v1/metrics").status()).isEqualTo(401);
    }
}
