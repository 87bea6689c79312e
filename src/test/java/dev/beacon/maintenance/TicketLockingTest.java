package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.StaleDataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two people working on one ticket: the second save gets the models' conflict message instead of overwriting. */
@IntegrationTest
class TicketLockingTest {

    private static final String CONFLICT = "This ticket was changed by someone else. Reload it and apply your changes again.";

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketService tickets;

    Team team;
    UserAccount alice;
    UserAccount bob;
    Ticket ticket;

    @BeforeEach
    void twoEditorsOfOneTicket() {
        team = fixtures.team("locking");
        alice = fixtures.user("alice");
        bob = fixtures.user("bob");
        fixtures.member(team, alice, TeamRole.EDITOR);
        fixtures.member(team, bob, TeamRole.OWNER);
        Model model = fixtures.model(team, "contended");
        ticket = fixtures.as(alice, () -> tickets.create(team.id(), TicketData.of(model.id(), TicketType.RETRAINING, "Retrain")));
    }

    @Test
    void second_editor_gets_conflict_message_instead_of_overwriting() {
        fixtures.as(alice, () -> tickets.update(ticket.id(), ticket.version(), ticket.data().withTitle("Alice's title")));

        assertThatThrownBy(() -> fixtures.as(bob, () -> tickets.update(ticket.id(), ticket.version(),
                ticket.data().withTitle("Bob's title"))))
                .isInstanceOf(StaleDataException.class)
                .hasMessage(CONFLICT);
        Ticket stored = fixtures.as(bob, () -> tickets.get(ticket.id()));
        assertThat(stored.data().title()).isEqualTo("Alice's title");
        assertThat(fixtures.as(bob, () -> tickets.details(ticket.id())).changes())
                .extracting(TicketChange::newValue).doesNotContain("Bob's title");
    }

    @Test
    void moving_assigning_saving_and_deleting_a_stale_ticket_are_refused_and_change_nothing() {
        Ticket moved = fixtures.as(alice, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.IN_PROGRESS, null));

        assertThatThrownBy(() -> fixtures.as(bob, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.WONT_DO, null)))
                .isInstanceOf(StaleDataException.class).hasMessage(CONFLICT);
        assertThatThrownBy(() -> fixtures.as(bob, () -> tickets.assign(ticket.id(), ticket.version(), bob.id())))
                .isInstanceOf(StaleDataException.class).hasMessage(CONFLICT);
        assertThatThrownBy(() -> fixtures.as(bob, () -> tickets.save(ticket.id(), ticket.version(), ticket.data(),
                TicketStatus.DONE, null)))
                .isInstanceOf(StaleDataException.class).hasMessage(CONFLICT);
        assertThatThrownBy(() -> fixtures.as(bob, () -> tickets.delete(ticket.id(), ticket.version())))
                .isInstanceOf(StaleDataException.class).hasMessage(CONFLICT);

        Ticket stored = fixtures.as(bob, () -> tickets.get(ticket.id()));
        assertThat(stored.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(stored.assignee()).isNull();
        assertThat(stored.version()).isEqualTo(moved.version());
    }

    @Test
    void a_comment_does_not_make_an_open_form_stale() {
        fixtures.as(bob, () -> tickets.comment(ticket.id(), "Data is ready"));

        Ticket saved = fixtures.as(alice, () -> tickets.update(ticket.id(), ticket.version(),
                ticket.data().withPriority(TicketPriority.HIGH)));

        assertThat(saved.data().priority()).isEqualTo(TicketPriority.HIGH);
    }

    @Test
    void saving_fields_and_a_move_together_is_all_or_nothing() {
        assertThatThrownBy(() -> fixtures.as(alice, () -> tickets.save(ticket.id(), ticket.version(),
                ticket.data().withTitle("Retrain on November data"), TicketStatus.DONE, null)))
                .hasMessageContaining("new version label");

        Ticket stored = fixtures.as(alice, () -> tickets.get(ticket.id()));
        assertThat(stored.data().title()).as("the refused move rolled the title back").isEqualTo("Retrain");
        assertThat(stored.version()).isEqualTo(ticket.version());

        Ticket saved = fixtures.as(alice, () -> tickets.save(ticket.id(), ticket.version(),
                ticket.data().withTitle("Retrain on November data"), TicketStatus.DONE, "2026-11"));
        assertThat(saved.data().title()).isEqualTo("Retrain on November data");
        assertThat(saved.status()).isEqualTo(TicketStatus.DONE);
        assertThat(saved.version()).isEqualTo(ticket.version() + 2);
    }
}
