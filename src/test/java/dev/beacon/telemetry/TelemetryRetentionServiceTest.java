package dev.beacon.telemetry;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.AuditService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import static dev.beacon.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TelemetryRetentionServiceTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    TelemetryRetentionService retention;

    Team team;
    UserAccount owner;
    UserAccount editor;

    @BeforeEach
    void setUp() {
        team = fixtures.team("retention");
        owner = fixtures.user("owner");
        editor = fixtures.user("editor");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, editor, TeamRole.EDITOR);
    }

    @Test
    void a_team_keeps_raw_telemetry_thirty_days_until_its_owner_chooses_otherwise() {
        assertThat(fixtures.as(editor, () -> retention.rawRetentionDays(team.id()))).isEqualTo(30);

        fixtures.as(owner, () -> retention.setRawRetentionDays(team.id(), 7));

        assertThat(fixtures.as(editor, () -> retention.rawRetentionDays(team.id()))).isEqualTo(7);
    }

    @Test
    void only_owners_change_it_outsiders_do_not_see_it_and_odd_values_are_refused() {
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);

        assertThatThrownBy(() -> fixtures.as(editor, () -> retention.setRawRetentionDays(team.id(), 7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(outsider, () -> retention.rawRetentionDays(team.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(owner, () -> retention.setRawRetentionDays(team.id(), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rawRetentionDays"));
        assertThatThrownBy(() -> fixtures.as(owner, () -> retention.setRawRetentionDays(team.id(), 401)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixtures.as(owner, () -> retention.rawRetentionDays(team.id()))).isEqualTo(30);
    }

    @Test
    void a_change_is_audited_with_the_days_before_and_after(@Autowired AuditService audit) {
        fixtures.as(owner, () -> retention.setRawRetentionDays(team.id(), 90));

        var entries = fixtures.as(owner, () -> audit.find(new AuditFilter(team.id(), "", "Telemetry retention"), 0, 10));
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.entityType()).isEqualTo("Telemetry retention");
            assertThat(entry.summary()).contains("rawRetentionDays: 30 → 90");
        });
    }

    @Test
    void the_api_reads_and_changes_it_with_a_personal_token() {
        Http http = new Http(port);
        String path = "/api/v1/teams/" + team.id() + "/telemetry-retention";

        var changed = http.send("PUT", path, "{\"rawRetentionDays\": 14}", "Authorization", bearer(fixtures.apiToken(owner)));
        var refused = http.send("PUT", path, "{\"rawRetentionDays\": 1000}", "Authorization", bearer(fixtures.apiToken(owner)));
        var read = http.get(path, "Authorization", bearer(fixtures.apiToken(editor)));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").has("rawRetentionDays")).isTrue();
        assertThat(read.json().get("rawRetentionDays").asInt()).isEqualTo(14);
    }
}
