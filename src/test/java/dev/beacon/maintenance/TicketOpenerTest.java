package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.alerting.AlertTestData;
import dev.beacon.alerting.Rule;
import dev.beacon.notification.InboxItem;
import dev.beacon.notification.InboxService;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Beacon's own jobs (schedules, alert rules) open and comment on tickets without a signed-in user. */
@IntegrationTest
class TicketOpenerTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketOpener opener;
    @Autowired
    TicketService tickets;
    @Autowired
    InboxService inbox;

    Team team;
    UserAccount editor;
    UserAccount viewer;
    Model model;

    @BeforeEach
    void aTeamWithAnEditorAndAViewer() {
        team = fixtures.team("opener");
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        model = fixtures.model(team, "watched");
    }

    @Test
    void a_ticket_opened_by_beacon_names_beacon_as_reporter_and_actor_and_notifies_the_assignee() {
        Rule rule = new AlertTestData(context).rule(model, AlertTestData.latencyRule(2_000, 5_000, 0));

        Ticket ticket = opener.open(team.id(), TicketData.of(model.id(), TicketType.INCIDENT, "Latency critical")
                .withAssignee(editor.id()), rule.id(), null);

        assertThat(ticket.reporter()).isNull();
        assertThat(ticket.reporterName()).isEqualTo("Beacon");
        assertThat(ticket.alertRule()).isEqualTo(rule.id());
        assertThat(opener.openTicketOf(rule.id())).map(Ticket::id).contains(ticket.id());
        assertThat(fixtures.as(editor, () -> tickets.details(ticket.id())).changes())
                .extracting(TicketChange::field, TicketChange::actor, TicketChange::actorName)
                .containsExactly(tuple("created", null, "Beacon"), tuple("assignee", null, "Beacon"));
        assertThat(awaitInbox(editor, 1).getFirst().title()).isEqualTo("Beacon assigned you " + ticket.headline());

        opener.comment(ticket.id(), "Fired again at 12:00");
        assertThat(awaitInbox(editor, 2).getFirst().title()).isEqualTo("Beacon commented on " + ticket.headline());
        assertThat(fixtures.as(editor, () -> tickets.details(ticket.id())).comments())
                .extracting(TicketComment::author, TicketComment::authorName).containsExactly(tuple(null, "Beacon"));

        fixtures.as(editor, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.DONE, null));
        assertThat(opener.openTicketOf(rule.id())).as("closed tickets are not the rule's open ticket").isEmpty();
    }

    @Test
    void a_default_assignee_who_may_no_longer_do_the_work_leaves_the_ticket_unassigned_instead_of_failing() {
        Ticket ticket = opener.open(team.id(), TicketData.of(model.id(), TicketType.SECURITY_AUDIT, "Quarterly audit")
                .withAssignee(viewer.id()), null, null);

        assertThat(ticket.assignee()).isNull();
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    }

    private List<InboxItem> awaitInbox(UserAccount user, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(user, () -> inbox.items()).size() >= count);
        return fixtures.as(user, () -> inbox.items());
    }
}
