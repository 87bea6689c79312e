package dev.beacon.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.Http;
import dev.beacon.ViewTest;
import dev.beacon.registry.Model;
import dev.beacon.security.AccountService;
import dev.beacon.security.ApiToken;
import dev.beacon.security.AuditEntry;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewBrowserlessTest extends ViewTest {

    @LocalServerPort
    private int port;
    @Autowired
    private AccountService accounts;

    @Test
    void an_entry_made_through_the_api_names_the_token_as_actor_and_its_details_show_the_token_id() {
        Team team = fixtures.team("api-audit-ui");
        UserAccount owner = fixtures.user("api-owner");
        fixtures.member(team, owner, TeamRole.OWNER);
        Model model = fixtures.model(team, "deleted-via-api");
        String secret = fixtures.apiToken(owner);
        ApiToken token = fixtures.as(owner, () -> accounts.myTokens()).getFirst();
        Http.Response deleted = new Http(port).send("DELETE", "/api/v1/models/" + model.id() + "?version=" + model.version(),
                null, "Authorization", Http.bearer(secret));
        assertThat(deleted.status()).isEqualTo(204);

        signInAsAdmin();
        navigate(AuditLogView.class);
        test(findInView(TextField.class).withLabel("Search").single()).setValue(model.data().name());
        @SuppressWarnings("unchecked")
        var grid = test((Grid<AuditEntry>) findInView(Grid.class).single());
        String actor = owner.username() + " via token '" + token.name() + "' (" + token.prefix() + ")";
        assertThat(grid.getRow(0).action()).isEqualTo("DELETED");
        assertThat(grid.getCellText(0, 1)).isEqualTo(actor);

        grid.clickRow(0);

        assertThat(find(AuditEntryDialog.class).single().isOpened()).isTrue();
        assertThat(find(Span.class).withText(actor).exists()).isTrue();
        assertThat(find(Span.class).withText(token.id().toString()).exists()).isTrue();
    }
}
