package dev.beacon.alerting.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The rule option "open an incident ticket on CRITICAL" over the rule API: off unless asked, kept when not sent. */
@IntegrationTest
class RuleTicketOptionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    @Test
    void a_rule_opens_tickets_on_critical_only_when_asked_and_an_update_without_the_field_keeps_it() {
        Http http = new Http(port);
        Team team = fixtures.team("ticket-option");
        Model model = fixtures.model(team, "api-option");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        String token = fixtures.apiToken(editor);
        String rules = "/api/v1/models/" + model.id() + "/alert-rules";

        JsonNode plain = http.send("POST", rules, json(AlertRuleApiTest.p95Rule(2000, 5000)), "Authorization", bearer(token)).json();
        Map<String, Object> asking = AlertRuleApiTest.p95Rule(2000, 5000);
        asking.put("openTicketOnCritical", true);
        Http.Response created = http.send("POST", rules, json(asking), "Authorization", bearer(token));
        Map<String, Object> change = AlertRuleApiTest.p95Rule(2500, 6000);
        change.put("version", created.json().get("version").asInt());
        JsonNode updated = http.send("PUT", "/api/v1/alert-rules/" + created.json().get("id").asString(), json(change),
                "Authorization", bearer(token)).json();

        assertThat(plain.get("openTicketOnCritical").asBoolean()).isFalse();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("openTicketOnCritical").asBoolean()).isTrue();
        assertThat(updated.get("rule").get("warningThreshold").asDouble()).isEqualTo(2500.0);
        assertThat(updated.get("openTicketOnCritical").asBoolean()).as("kept").isTrue();
    }
}
