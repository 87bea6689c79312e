package dev.beacon.registry.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.AccountService;
import dev.beacon.security.ApiToken;
import dev.beacon.security.AuditEntry;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.AuditService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Changes made through the REST API say in the audit log which personal API token made them. */
@IntegrationTest
class ModelApiAuditTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    AuditService audit;
    @Autowired
    AccountService accounts;

    @Test
    void a_model_created_through_the_api_has_an_audit_entry_naming_the_token() {
        Team team = fixtures.team("api-audit");
        UserAccount editor = fixtures.user("api-editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        String secret = fixtures.apiToken(editor);
        ApiToken token = fixtures.as(editor, () -> accounts.myTokens()).getFirst();
        String name = TestFixtures.unique("api-audited");

        Http.Response created = new Http(port).send("POST", "/api/v1/models",
                json(ModelJson.of(TestFixtures.modelData(name), team.id().value())), "Authorization", bearer(secret));

        assertThat(created.status()).isEqualTo(201);
        AuditEntry entry = fixtures.asAdmin(() -> audit.find(new AuditFilter(team.id(), name, "Model"), 0, 10)).getFirst();
        assertThat(entry.action()).isEqualTo("CREATED");
        assertThat(entry.actorName()).isEqualTo(editor.username() + " via token '" + token.name() + "' (" + token.prefix() + ")");
        assertThat(token.prefix()).startsWith("bcn_").endsWith("…");
        assertThat(entry.actorApiToken()).isEqualTo(token.id());
    }

    @Test
    void a_change_made_in_the_ui_names_no_token() {
        Team team = fixtures.team("ui-audit");
        String name = fixtures.model(team, "ui-audited").data().name();

        AuditEntry entry = fixtures.asAdmin(() -> audit.find(new AuditFilter(team.id(), name, "Model"), 0, 10)).getFirst();

        assertThat(entry.actorName()).isEqualTo(TestFixtures.ADMIN);
        assertThat(entry.actorApiToken()).isNull();
    }
}
