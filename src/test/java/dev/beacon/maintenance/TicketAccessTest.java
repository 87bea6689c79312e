package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserReference;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Team rules: VIEWERs read, EDITORs work, OWNERs delete, assignees do the team's work, outsiders see nothing. */
@IntegrationTest
class TicketAccessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketService tickets;

    Team team;
    UserAccount owner;
    UserAccount editor;
    UserAccount viewer;
    UserAccount outsider;
    Model model;
    Ticket ticket;

    @BeforeEach
    void aTeamWithATicketAndSomeoneFromAnotherTeam() {
        team = fixtures.team("access");
        owner = fixtures.user("owner");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, owner, TeamRole.OWNER);
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        model = fixtures.model(team, "guarded");
        ticket = fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.SECURITY_PATCH, TestFixtures.unique("secret-patch"))));
    }

    @Test
    void someone_of_another_team_gets_not_found_for_every_action_exactly_like_for_a_missing_ticket() {
        TicketId missing = new TicketId(UUID.randomUUID());
        for (TicketId id : new TicketId[]{ticket.id(), missing}) {
            assertThatThrownBy(() -> fixtures.as(outsider, () -> tickets.get(id)))
                    .isInstanceOf(NotFoundException.class).hasMessage("Ticket not found");
            assertThatThrownBy(() -> fixtures.as(outsider, () -> tickets.details(id))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, () -> tickets.update(id, 0, ticket.data().withTitle("mine"))))
                    .isInstanceOf(NotFoundException.class).hasMessage("Ticket not found");
            assertThatThrownBy(() -> fixtures.as(outsider, () -> tickets.move(id, 0, TicketStatus.DONE, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, () -> tickets.assign(id, 0, outsider.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, () -> tickets.comment(id, "hello")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, () -> tickets.delete(id, 0)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(fixtures.as(editor, () -> tickets.details(ticket.id())).comments()).isEmpty();
    }

    @Test
    void lists_counts_exports_and_open_counts_never_show_another_teams_tickets() {
        TicketFilter onlyThatTeam = TicketFilter.none().withTeam(team.id());
        TicketFilter byText = TicketFilter.none().withText(ticket.data().title());

        assertThat(fixtures.as(outsider, () -> tickets.find(onlyThatTeam, 0, 50))).isEmpty();
        assertThat(fixtures.as(outsider, () -> tickets.count(byText))).isZero();
        assertThat(fixtures.as(outsider, () -> tickets.csv(byText))).doesNotContain(ticket.data().title());
        assertThat(fixtures.as(outsider, () -> tickets.openCountsByModel())).doesNotContainKey(model.id());
        assertThatThrownBy(() -> fixtures.as(outsider, () -> tickets.create(team.id(),
                TicketData.of(null, TicketType.OTHER, "sneaky"))))
                .isInstanceOf(NotFoundException.class).hasMessage("Team not found");

        assertThat(fixtures.as(viewer, () -> tickets.find(byText, 0, 50))).extracting(Ticket::id).containsExactly(ticket.id());
        assertThat(fixtures.as(viewer, () -> tickets.openCountsByModel())).containsEntry(model.id(), 1);
    }

    @Test
    void a_viewer_reads_but_may_not_open_edit_move_assign_or_comment() {
        assertThat(fixtures.as(viewer, () -> tickets.get(ticket.id())).id()).isEqualTo(ticket.id());
        assertThat(fixtures.as(viewer, () -> tickets.myRole(ticket.id()))).isEqualTo(TeamRole.VIEWER);

        assertThatThrownBy(() -> fixtures.as(viewer, () -> tickets.create(team.id(), TicketData.of(null, TicketType.OTHER, "x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> tickets.update(ticket.id(), ticket.version(), ticket.data())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.DONE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> tickets.assign(ticket.id(), ticket.version(), editor.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> tickets.comment(ticket.id(), "me too")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_an_owner_deletes_a_ticket() {
        assertThatThrownBy(() -> fixtures.as(editor, () -> tickets.delete(ticket.id(), ticket.version())))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.as(owner, () -> tickets.delete(ticket.id(), ticket.version()));

        assertThatThrownBy(() -> fixtures.as(owner, () -> tickets.get(ticket.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_assignee_must_be_an_editor_or_owner_of_the_tickets_team() {
        assertThat(fixtures.as(viewer, () -> tickets.assignableMembers(team.id())))
                .extracting(UserReference::id).containsExactlyInAnyOrder(owner.id(), editor.id());

        for (UserAccount notAllowed : new UserAccount[]{viewer, outsider}) {
            assertThatThrownBy(() -> fixtures.as(editor, () -> tickets.assign(ticket.id(), ticket.version(), notAllowed.id())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("assigneeId"))
                    .hasMessage("Choose an editor or owner of the ticket's team");
            assertThatThrownBy(() -> fixtures.as(editor, () -> tickets.create(team.id(),
                    TicketData.of(model.id(), TicketType.OTHER, "x").withAssignee(notAllowed.id()))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("assigneeId"));
            assertThatThrownBy(() -> fixtures.as(editor, () -> tickets.update(ticket.id(), ticket.version(),
                    ticket.data().withAssignee(notAllowed.id()))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("assigneeId"));
        }
        assertThat(fixtures.as(editor, () -> tickets.assign(ticket.id(), ticket.version(), owner.id())).assigneeName())
                .isEqualTo(owner.displayName());
    }

    @Test
    void a_ticket_can_only_be_about_a_model_of_its_own_team() {
        Team otherTeam = fixtures.team("other");
        Model foreignModel = fixtures.model(otherTeam, "foreign");

        assertThatThrownBy(() -> fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(foreignModel.id(), TicketType.OTHER, "x"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("modelId"));
        assertThatThrownBy(() -> fixtures.as(editor, () -> tickets.update(ticket.id(), ticket.version(),
                new TicketData(TicketType.OTHER, "x", "", TicketPriority.LOW, null, null, java.util.List.of(),
                        foreignModel.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("modelId"));
    }
}
