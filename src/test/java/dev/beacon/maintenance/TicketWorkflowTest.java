package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ticket workflow: open → in progress → done or won't do, reopening, and every move it refuses. */
@IntegrationTest
class TicketWorkflowTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketService tickets;

    Team team;
    UserAccount editor;
    Model model;

    @BeforeEach
    void anEditorOfATeamWithAModel() {
        team = fixtures.team("workflow");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = fixtures.model(team, "worked-on");
    }

    @Test
    void a_ticket_goes_from_open_to_in_progress_to_done_and_is_closed_until_reopened() {
        Ticket ticket = open(TicketType.SECURITY_PATCH);
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.closedAt()).isNull();

        Ticket started = move(ticket, TicketStatus.IN_PROGRESS, null);
        assertThat(started.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(started.version()).isEqualTo(ticket.version() + 1);

        Ticket done = move(started, TicketStatus.DONE, null);
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.closedAt()).isNotNull();

        Ticket reopened = move(done, TicketStatus.OPEN, null);
        assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(reopened.closedAt()).isNull();
    }

    @Test
    void work_in_progress_can_go_back_to_open_and_open_work_can_be_dropped_and_reopened() {
        Ticket started = move(open(TicketType.OTHER), TicketStatus.IN_PROGRESS, null);
        Ticket back = move(started, TicketStatus.OPEN, null);
        assertThat(back.status()).isEqualTo(TicketStatus.OPEN);

        Ticket dropped = move(back, TicketStatus.WONT_DO, null);
        assertThat(dropped.status()).isEqualTo(TicketStatus.WONT_DO);
        assertThat(dropped.closedAt()).isNotNull();
        assertThat(move(dropped, TicketStatus.OPEN, null).status()).isEqualTo(TicketStatus.OPEN);
    }

    @ParameterizedTest(name = "{0} → {1} is refused")
    @CsvSource({
            "OPEN, OPEN, The ticket is already open",
            "IN_PROGRESS, IN_PROGRESS, The ticket is already in progress",
            "DONE, DONE, The ticket is already done",
            "DONE, IN_PROGRESS, A done ticket can only be reopened",
            "DONE, WONT_DO, A done ticket can only be reopened",
            "WONT_DO, WONT_DO, The ticket is already won't do",
            "WONT_DO, IN_PROGRESS, A ticket marked won't do can only be reopened",
            "WONT_DO, DONE, A ticket marked won't do can only be reopened"})
    void invalid_moves_are_refused_on_the_status_field_and_change_nothing(TicketStatus from, TicketStatus to,
                                                                          String message) {
        Ticket ticket = open(TicketType.OTHER);
        if (from != TicketStatus.OPEN) {
            ticket = move(ticket, from, null);
        }
        Ticket before = ticket;

        assertThatThrownBy(() -> move(before, to, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("status"))
                .hasMessage(message);
        Ticket after = fixtures.as(editor, () -> tickets.get(before.id()));
        assertThat(after.status()).isEqualTo(from);
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void completing_a_model_update_needs_the_new_version_label_and_keeps_it() {
        Ticket ticket = open(TicketType.MODEL_UPDATE);

        assertThatThrownBy(() -> move(ticket, TicketStatus.DONE, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("versionLabel"))
                .hasMessageContaining("new version label");
        assertThat(fixtures.as(editor, () -> tickets.get(ticket.id())).status()).isEqualTo(TicketStatus.OPEN);

        Ticket done = move(ticket, TicketStatus.DONE, " v2.0 ");
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.completedVersionLabel()).isEqualTo("v2.0");
    }

    @Test
    void completing_a_retraining_needs_the_label_but_a_security_patch_or_team_wide_update_does_not() {
        Ticket retraining = open(TicketType.RETRAINING);
        assertThatThrownBy(() -> move(retraining, TicketStatus.DONE, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("versionLabel"));
        assertThat(move(retraining, TicketStatus.WONT_DO, null).status()).as("dropping needs no label")
                .isEqualTo(TicketStatus.WONT_DO);

        Ticket patch = move(open(TicketType.SECURITY_PATCH), TicketStatus.DONE, "v1-patched");
        assertThat(patch.completedVersionLabel()).as("a patch may name the version it produced").isEqualTo("v1-patched");

        Ticket teamWide = fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(null, TicketType.MODEL_UPDATE, "Update every model's runtime")));
        assertThat(move(teamWide, TicketStatus.DONE, null).status()).isEqualTo(TicketStatus.DONE);
    }

    @Test
    void a_version_label_over_80_characters_is_refused() {
        Ticket ticket = open(TicketType.MODEL_UPDATE);
        assertThatThrownBy(() -> move(ticket, TicketStatus.DONE, "v".repeat(81)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("versionLabel"));
    }

    private Ticket open(TicketType type) {
        return fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(model.id(), type, TestFixtures.unique("work"))));
    }

    private Ticket move(Ticket ticket, TicketStatus to, String versionLabel) {
        return fixtures.as(editor, () -> tickets.move(ticket.id(), ticket.version(), to, versionLabel));
    }
}
