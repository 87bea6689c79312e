package dev.beacon.notification;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.AuditService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may see and change a team's channels, and what a channel must be before it is saved. */
@IntegrationTest
class ChannelServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ChannelService channels;
    @Autowired
    AuditService audit;

    Team team;
    UserAccount owner;
    UserAccount editor;
    UserAccount outsider;

    @BeforeEach
    void aTeamWithAnOwnerAnEditorAndAnOutsider() {
        team = fixtures.team("channels");
        owner = fixtures.user("owner");
        editor = fixtures.user("editor");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, editor, TeamRole.EDITOR);
        outsider = fixtures.memberOfNewTeam("other", TeamRole.OWNER);
    }

    @Test
    void an_owner_creates_a_webhook_and_sees_its_secret_once() {
        CreatedChannel created = fixtures.as(owner, () -> channels.create(team.id(),
                ChannelData.webhook("Hook", "http://127.0.0.1:9/hook", WebhookFormat.SLACK)));

        assertThat(created.secret()).startsWith("bwh_").hasSizeGreaterThan(30);
        assertThat(fixtures.as(editor, () -> channels.channels(team.id()))).singleElement()
                .satisfies(channel -> assertThat(channel.toString()).doesNotContain(created.secret()));
        assertThat(fixtures.as(owner, () -> channels.update(team.id(), created.channel().id(), created.channel().version(),
                ChannelData.webhook("Hook renamed", "http://127.0.0.1:9/hook", WebhookFormat.SLACK))).secret())
                .as("a webhook keeps its secret, which is not shown again").isNull();
        assertThat(fixtures.as(owner, () -> audit.find(new AuditFilter(team.id(), "", "Notification channel"), 0, 10)))
                .extracting(entry -> entry.action()).containsExactlyInAnyOrder("CREATED", "UPDATED");
        assertThat(fixtures.as(owner, () -> audit.find(new AuditFilter(team.id(), "", "Notification channel"), 0, 10)))
                .allSatisfy(entry -> assertThat(entry.before() + entry.after()).doesNotContain(created.secret()).doesNotContain("/hook"));
    }

    @Test
    void a_deny_listed_webhook_address_is_refused_with_a_field_error_and_nothing_is_saved() {
        assertThatThrownBy(() -> fixtures.as(owner, () -> channels.create(team.id(),
                ChannelData.webhook("Metadata", "http://169.254.169.254/latest/meta-data/", WebhookFormat.BEACON))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("webhookUrl");
                    assertThat(e.getMessage()).contains("deny list");
                });
        assertThat(fixtures.as(owner, () -> channels.channels(team.id()))).isEmpty();
    }

    @Test
    void channels_refuse_bad_input_naming_the_field() {
        assertField("name", ChannelData.webhook(" ", "http://127.0.0.1:9/hook", null));
        assertField("webhookUrl", ChannelData.webhook("Hook", "ftp://example.org/hook", null));
        assertField("addresses", ChannelData.email("Mail", List.of(), List.of("not an address")));
        assertField("recipients", ChannelData.inApp("Bell", List.of(outsider.id())));
    }

    @Test
    void only_owners_change_channels_and_members_of_other_teams_see_none() {
        Channel channel = fixtures.as(owner, () -> channels.create(team.id(), ChannelData.inApp("Bell", List.of()))).channel();

        assertThat(fixtures.as(editor, () -> channels.canManage(team.id()))).isFalse();
        assertThatThrownBy(() -> fixtures.as(editor, () -> channels.create(team.id(), ChannelData.inApp("Mine", List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(editor, () -> channels.sendTest(team.id(), channel.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(outsider, () -> channels.channels(team.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(outsider, () -> channels.delete(team.id(), channel.id()))).isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(owner, () -> channels.channels(team.id()))).hasSize(1);
    }

    @Test
    void a_channel_of_another_team_is_not_found_through_ones_own_team() {
        Team other = fixtures.team("other");
        fixtures.member(other, owner, TeamRole.OWNER);
        Channel foreign = fixtures.asAdmin(() -> channels.create(fixtures.team("third").id(), ChannelData.inApp("Bell", List.of()))).channel();

        assertThatThrownBy(() -> fixtures.as(owner, () -> channels.channel(other.id(), foreign.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(owner, () -> channels.delete(other.id(), foreign.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_change_based_on_an_old_version_is_refused() {
        Channel channel = fixtures.as(owner, () -> channels.create(team.id(), ChannelData.inApp("Bell", List.of()))).channel();
        fixtures.as(owner, () -> channels.update(team.id(), channel.id(), channel.version(), ChannelData.inApp("Bell 2", List.of())));

        assertThatThrownBy(() -> fixtures.as(owner, () -> channels.update(team.id(), channel.id(), channel.version(),
                ChannelData.inApp("Bell 3", List.of())))).isInstanceOf(StaleDataException.class);
    }

    private void assertField(String field, ChannelData data) {
        assertThatThrownBy(() -> fixtures.as(owner, () -> channels.create(team.id(), data)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
