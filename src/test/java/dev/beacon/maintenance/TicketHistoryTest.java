package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.AuditEntry;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.AuditService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every change of a ticket leaves a readable history entry (who, when, old → new) and an audit entry. */
@IntegrationTest
class TicketHistoryTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketService tickets;
    @Autowired
    AuditService audit;

    Team team;
    UserAccount editor;
    UserAccount teammate;
    Model model;
    Model otherModel;

    @BeforeEach
    void twoEditorsAndTwoModels() {
        team = fixtures.team("history");
        editor = fixtures.user("editor");
        teammate = fixtures.user("teammate");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, teammate, TeamRole.OWNER);
        model = fixtures.model(team, "first");
        otherModel = fixtures.model(team, "second");
    }

    @Test
    void opening_a_ticket_with_an_assignee_records_its_creation_and_the_assignment() {
        Ticket ticket = fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.SECURITY_PATCH, "Patch vLLM").withAssignee(teammate.id())));

        List<TicketChange> changes = changes(ticket);
        assertThat(changes).extracting(TicketChange::field, TicketChange::oldValue, TicketChange::newValue,
                        TicketChange::actorName)
                .containsExactly(
                        tuple("created", null, ticket.reference() + " Security patch: Patch vLLM", editor.displayName()),
                        tuple("assignee", null, teammate.displayName(), editor.displayName()));
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.actor()).isEqualTo(editor.id());
            assertThat(change.at()).isEqualTo(ticket.createdAt());
        });
        assertThat(ticket.reporter()).isEqualTo(editor.id());
        assertThat(ticket.reporterName()).isEqualTo(editor.displayName());
    }

    @Test
    void each_changed_field_gets_one_entry_with_readable_old_and_new_values_and_unchanged_fields_none() {
        Ticket ticket = fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.SECURITY_PATCH, "Patch vLLM").withLabels(List.of("cve"))));
        TicketData changed = new TicketData(TicketType.SECURITY_AUDIT, "Audit vLLM", "Look at the image, too",
                TicketPriority.URGENT, teammate.id(), LocalDate.of(2026, 12, 24), List.of("cve", "image"),
                otherModel.id());

        Ticket saved = fixtures.as(editor, () -> tickets.update(ticket.id(), ticket.version(), changed));

        assertThat(saved.version()).isEqualTo(ticket.version() + 1);
        assertThat(changes(ticket).stream().skip(1).toList())
                .extracting(TicketChange::field, TicketChange::oldValue, TicketChange::newValue)
                .containsExactlyInAnyOrder(
                        tuple("type", "Security patch", "Security audit"),
                        tuple("title", "Patch vLLM", "Audit vLLM"),
                        tuple("description", null, "Look at the image, too"),
                        tuple("priority", "Normal", "Urgent"),
                        tuple("dueDate", null, "2026-12-24"),
                        tuple("labels", "cve", "cve, image"),
                        tuple("model", model.data().name(), otherModel.data().name()),
                        tuple("assignee", null, teammate.displayName()));

        fixtures.as(editor, () -> tickets.update(saved.id(), saved.version(), saved.data()));
        assertThat(changes(ticket)).as("saving without changes adds nothing").hasSize(9);
    }

    @Test
    void moves_reassignments_and_comments_are_in_the_history_in_order() {
        Ticket ticket = fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.MODEL_UPDATE, "Update to 0.7").withAssignee(editor.id())));
        Ticket started = fixtures.as(editor, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.IN_PROGRESS, null));
        Ticket handedOver = fixtures.as(editor, () -> tickets.assign(started.id(), started.version(), teammate.id()));
        fixtures.as(teammate, () -> tickets.comment(ticket.id(), "Rolling out, line 1\nline 2"));
        fixtures.as(teammate, () -> tickets.move(handedOver.id(), handedOver.version(), TicketStatus.DONE, "v0.7.0"));
        Ticket done = fixtures.as(teammate, () -> tickets.get(ticket.id()));
        fixtures.as(teammate, () -> tickets.assign(done.id(), done.version(), null));

        assertThat(changes(ticket)).extracting(TicketChange::field, TicketChange::oldValue, TicketChange::newValue,
                        TicketChange::actorName)
                .containsExactly(
                        tuple("created", null, ticket.headline(), editor.displayName()),
                        tuple("assignee", null, editor.displayName(), editor.displayName()),
                        tuple("status", "Open", "In progress", editor.displayName()),
                        tuple("assignee", editor.displayName(), teammate.displayName(), editor.displayName()),
                        tuple("comment", null, "Rolling out, line 1\nline 2", teammate.displayName()),
                        tuple("status", "In progress", "Done", teammate.displayName()),
                        tuple("versionLabel", null, "v0.7.0", teammate.displayName()),
                        tuple("assignee", teammate.displayName(), null, teammate.displayName()));
        TicketDetails details = fixtures.as(editor, () -> tickets.details(ticket.id()));
        assertThat(details.comments()).extracting(TicketComment::authorName, TicketComment::body)
                .containsExactly(tuple(teammate.displayName(), "Rolling out, line 1\nline 2"));
        assertThat(details.myRole()).isEqualTo(TeamRole.EDITOR);
    }

    @Test
    void the_audit_log_of_the_team_names_the_ticket_and_what_changed() {
        Ticket ticket = fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.INCIDENT, "Latency spike")));
        fixtures.as(editor, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.WONT_DO, null));

        List<AuditEntry> entries = fixtures.as(teammate, () -> audit.find(new AuditFilter(team.id(), "", "Ticket"), 0, 50));
        assertThat(entries).extracting(AuditEntry::summary).containsExactlyInAnyOrder(
                "Created ticket " + ticket.headline(),
                "Updated ticket " + ticket.headline() + " (status: OPEN → WONT_DO)");
        assertThat(entries).extracting(AuditEntry::actorName).containsOnly(editor.username());
    }

    private List<TicketChange> changes(Ticket ticket) {
        return fixtures.as(editor, () -> tickets.details(ticket.id())).changes();
    }
}
