package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dev.beacon.ViewTest;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The fleet overview shows the health the alert rules give, and the interim health only for models without rules. */
class FleetHealthFromRulesViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void rules_decide_the_health_on_the_fleet_overview_and_models_without_rules_keep_the_interim_one() {
        AlertTestData alerts = new AlertTestData(context);
        Team team = fixtures.team("fleet-rules");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);
        Model slow = alerts.fleet.model(team, "slow", ModelRuntime.VLLM);
        alerts.rule(slow, AlertTestData.latencyRule(1_000, 5_000, 0));
        alerts.latency(team, slow, 2, 20, 2_000);
        Model downButRuled = alerts.fleet.downModel(team, "down-ruled");
        alerts.rule(downButRuled, AlertTestData.latencyRule(1_000, 5_000, 0));
        alerts.latency(team, downButRuled, 2, 20, 300);
        Model downWithoutRules = alerts.fleet.downModel(team, "down-unruled");
        alerts.nextCycle();

        signIn(viewer);
        UI.getCurrent().navigate("");

        assertThat(health(slow)).isEqualTo("Warning");
        assertThat(row(slow).getElement().getAttribute("aria-label")).contains("Latency p95 2,0", "above 1,000 ms (warning)");
        assertThat(health(downButRuled)).as("its rules are OK: the rules decide, not the probe").isEqualTo("Good");
        assertThat(health(downWithoutRules)).isEqualTo("Critical");
        assertThat(row(downWithoutRules).getElement().getAttribute("aria-label")).contains("The last health probe found the server down");
    }

    private FleetRow row(Model model) {
        return findInView(FleetRow.class).withCondition(row -> row.getHref().equals("models/" + model.id())).single();
    }

    private String health(Model model) {
        return find(Div.class, row(model)).withClassName("fleet-health").single().getElement().getTextRecursively().strip();
    }
}
