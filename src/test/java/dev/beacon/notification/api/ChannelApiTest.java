package dev.beacon.notification.api;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.notification.WebhookReceiver;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.beacon.Http.bearer;
import static dev.beacon.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A team's notification channels over the REST API with personal API tokens. */
@IntegrationTest
class ChannelApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;

    Http http;
    String ownerToken;
    String viewerToken;
    String outsiderToken;
    String path;

    @BeforeEach
    void aTeamWithAnOwnerAViewerAndAnOutsider() {
        http = new Http(port);
        Team team = fixtures.team("api-channels");
        UserAccount owner = fixtures.user("owner");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        ownerToken = fixtures.apiToken(owner);
        viewerToken = fixtures.apiToken(viewer);
        outsiderToken = fixtures.apiToken(fixtures.memberOfNewTeam("outsider", TeamRole.OWNER));
        path = "/api/v1/teams/" + team.id() + "/notification-channels";
    }

    @Test
    void an_owner_adds_a_webhook_sees_its_secret_once_and_sends_a_test_that_arrives() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            var created = http.send("POST", path, json(Map.of("name", "Chat", "type", "WEBHOOK", "webhookUrl", receiver.url(),
                    "webhookFormat", "SLACK")), "Authorization", bearer(ownerToken));

            assertThat(created.status()).isEqualTo(201);
            String secret = created.json().get("secret").asString();
            assertThat(secret).startsWith("bwh_");
            String id = created.json().get("id").asString();
            var listed = http.get(path, "Authorization", bearer(viewerToken));
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.body()).contains("Chat").doesNotContain(secret);

            var test = http.send("POST", path + "/" + id + "/test", null, "Authorization", bearer(ownerToken));
            assertThat(test.status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
            assertThat(receiver.received().getFirst().body()).contains("Test notification from Beacon");
        }
    }

    @Test
    void a_deny_listed_webhook_address_is_a_400_naming_the_field() {
        var refused = http.send("POST", path, json(Map.of("name", "Metadata", "type", "WEBHOOK",
                "webhookUrl", "http://169.254.169.254/latest/meta-data/")), "Authorization", bearer(ownerToken));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get("webhookUrl").asString()).contains("deny list");
        assertThat(http.get(path, "Authorization", bearer(ownerToken)).json()).isEmpty();
    }

    @Test
    void a_channel_takes_its_routing_returns_it_and_a_bad_tag_or_severity_is_a_400_naming_the_field() {
        var created = http.send("POST", path, json(Map.of("name", "GPU pager", "type", "IN_APP", "minSeverity", "CRITICAL",
                "modelTags", List.of("GPU", "prod"))), "Authorization", bearer(ownerToken));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("minSeverity").asString()).isEqualTo("CRITICAL");
        assertThat(created.json().get("modelTags").valueStream().map(tag -> tag.asString())).containsExactly("gpu", "prod");
        var listed = http.get(path, "Authorization", bearer(viewerToken)).json().get(0);
        assertThat(listed.get("minSeverity").asString()).isEqualTo("CRITICAL");

        var badTag = http.send("POST", path, json(Map.of("name", "Bad", "type", "IN_APP", "modelTags", List.of("gpu nodes!"))),
                "Authorization", bearer(ownerToken));
        assertThat(badTag.status()).isEqualTo(400);
        assertThat(badTag.json().get("errors").get("modelTags").asString()).contains("is not a tag");
        var badSeverity = http.send("POST", path, json(Map.of("name", "Bad", "type", "IN_APP", "minSeverity", "LOUD")),
                "Authorization", bearer(ownerToken));
        assertThat(badSeverity.status()).isEqualTo(400);
        assertThat(badSeverity.body()).contains("minSeverity");
    }

    @Test
    void the_openapi_description_documents_channel_routing_and_a_rules_repeat_interval() {
        var docs = http.get("/api/docs/openapi.json");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"minSeverity\"", "\"modelTags\"", "\"repeatIntervalSeconds\"",
                "Routing: the least severe notices it takes");
    }

    @Test
    void viewers_may_not_add_channels_and_other_teams_do_not_see_them() {
        var body = json(Map.of("name", "Bell", "type", "IN_APP"));

        assertThat(http.send("POST", path, body, "Authorization", bearer(viewerToken)).status()).isEqualTo(403);
        assertThat(http.send("POST", path, body, "Authorization", bearer(outsiderToken)).status()).isEqualTo(404);
        String id = http.send("POST", path, body, "Authorization", bearer(ownerToken)).json().get("id").asString();
        assertThat(http.get(path, "Authorization", bearer(outsiderToken)).status()).isEqualTo(404);
        assertThat(http.get(path + "/" + id, "Authorization", bearer(outsiderToken)).status()).isEqualTo(404);
        assertThat(http.send("DELETE", path + "/" + id, null, "Authorization", bearer(outsiderToken)).status()).isEqualTo(404);
        assertThat(http.send("DELETE", path + "/" + id, null, "Authorization", bearer(viewerToken)).status()).isEqualTo(403);
        assertThat(http.send("DELETE", path + "/" + id, null, "Authorization", bearer(ownerToken)).status()).isEqualTo(204);
    }
}
