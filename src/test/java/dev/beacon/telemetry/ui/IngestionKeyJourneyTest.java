package dev.beacon.telemetry.ui;

import dev.beacon.BrowserTest;
import dev.beacon.Http;
import dev.beacon.MutableClock;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.IngestionKey;
import dev.beacon.telemetry.IngestionKeyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor gives a model server its ingestion key through the team page, sees the key in use, and
 * takes it away again — in a real Chromium, with the real clipboard.
 */
class IngestionKeyJourneyTest extends BrowserTest {

    @Autowired
    IngestionKeyService keys;
    @Autowired
    MutableClock clock;

    @Test
    void editor_creates_a_key_copies_its_secret_sends_an_event_sees_it_used_and_revokes_it() {
        Team team = fixtures.team("journey");
        Model model = fixtures.model(team, "llm");
        UserAccount editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        String name = TestFixtures.unique("gateway");
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Screen screen = new Screen(page);

        signIn(editor.username(), TestFixtures.PASSWORD);
        page.navigate("/teams/" + team.id());
        assertThat(screen.text("No ingestion keys yet")).isVisible();

        screen.button("New ingestion key").click();
        screen.field("Name").fill(name);
        screen.pick("Only for model", model.data().name(), model.data().name());
        screen.button("Create key").click();

        assertThat(screen.text("Beacon does not store it and will not show it again")).isVisible();
        screen.button("Copy key").click();
        assertThat(screen.notification("Copied the key to the clipboard")).isVisible();
        String secret = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(secret).startsWith("bik_").isEqualTo(page.locator("#" + IngestionKeySecretDialog.SECRET_ID).textContent());
        screen.button("I have copied it").click();
        assertThat(screen.gridCell(name)).isVisible();
        assertThat(page.getByText(secret)).hasCount(0);

        Http http = new Http(port);
        var sent = http.send("POST", "/api/v1/ingest/events", Http.json(List.of(Map.of("model", model.id().toString(),
                "timestamp", clock.instant().toString(), "latencyMs", 640, "inputTokens", 300, "outputTokens", 90))),
                "Authorization", Http.bearer(secret));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        page.reload();
        IngestionKey used = fixtures.as(editor, () -> keys.keys(team.id())).getFirst();
        assertThat(used.lastUsedAt()).isNotNull();
        assertThat(screen.gridCellExactly(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(used.lastUsedAt().atZone(ZoneId.of("Europe/Berlin"))))).isVisible();

        screen.button("Revoke key " + name).click();
        assertThat(screen.dialog()).containsText("401 Unauthorized");
        screen.button("Revoke key").click();
        assertThat(screen.notification("Revoked ingestion key " + name)).isVisible();
        assertThat(screen.gridCellExactly("Revoked")).isVisible();
        assertThat(http.send("POST", "/api/v1/ingest/events", Http.json(List.of()), "Authorization", Http.bearer(secret)).status())
                .isEqualTo(401);
    }
}
