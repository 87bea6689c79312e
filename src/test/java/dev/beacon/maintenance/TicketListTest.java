package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The list filters, "My tickets", overdue and due-soon, and the open counts of the fleet overview. */
@IntegrationTest
class TicketListTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketService tickets;
    @Autowired
    MutableClock clock;

    Team team;
    UserAccount editor;
    UserAccount teammate;
    Model model;
    Model quietModel;
    String tag;

    @BeforeEach
    void twoEditorsAndTwoModels() {
        team = fixtures.team("lists");
        editor = fixtures.user("editor");
        teammate = fixtures.user("teammate");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, teammate, TeamRole.EDITOR);
        model = fixtures.model(team, "busy");
        quietModel = fixtures.model(team, "quiet");
        tag = TestFixtures.unique("list");
    }

    @Test
    void a_ticket_due_tomorrow_is_due_soon_and_becomes_overdue_when_the_day_has_passed() {
        LocalDate today = LocalDate.now(clock);
        Ticket ticket = open(tag + " soon", TicketType.SECURITY_PATCH, today.plusDays(1), null);
        TicketFilter overdue = TicketFilter.none().withText(tag).withOverdue(true);

        assertThat(ticket.dueSoon(clock)).isTrue();
        assertThat(ticket.overdue(clock)).isFalse();
        assertThat(fixtures.as(editor, () -> tickets.count(overdue))).isZero();

        clock.advance(Duration.ofDays(2));

        Ticket later = fixtures.as(editor, () -> tickets.get(ticket.id()));
        assertThat(later.overdue(clock)).isTrue();
        assertThat(later.dueSoon(clock)).isFalse();
        assertThat(fixtures.as(editor, () -> tickets.find(overdue, 0, 10))).extracting(Ticket::id).containsExactly(ticket.id());

        fixtures.as(editor, () -> tickets.move(later.id(), later.version(), TicketStatus.DONE, null));
        assertThat(fixtures.as(editor, () -> tickets.count(overdue))).as("done work is never overdue").isZero();
    }

    @Test
    void overdue_counts_from_today_where_the_viewer_is_not_where_the_server_is() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati"); // UTC+14
        ZoneId pagoPago = ZoneId.of("Pacific/Pago_Pago"); // UTC-11: 25 hours behind, always on an earlier day
        LocalDate todayInKiritimati = LocalDate.now(clock.withZone(kiritimati));
        LocalDate todayInPagoPago = LocalDate.now(clock.withZone(pagoPago));
        // due on Pago Pago's today: not yet overdue there, but overdue in Kiritimati, where that day has passed
        Ticket ticket = open(tag + " zones", TicketType.SECURITY_AUDIT, todayInPagoPago, null);
        TicketFilter overdue = TicketFilter.none().withText(tag).withOverdue(true);

        assertThat(fixtures.as(editor, () -> tickets.find(overdue, kiritimati, 0, 10))).extracting(Ticket::id).containsExactly(ticket.id());
        assertThat(fixtures.as(editor, () -> tickets.count(overdue, pagoPago))).isZero();
        assertThat(ticket.overdue(todayInKiritimati)).as("the same answer as the view's badge").isTrue();
        assertThat(ticket.overdue(todayInPagoPago)).isFalse();
    }

    @Test
    void due_this_week_means_monday_to_sunday_of_the_current_week() {
        LocalDate monday = LocalDate.now(clock).with(DayOfWeek.MONDAY);
        Ticket first = open(tag + " monday", TicketType.OTHER, monday, null);
        Ticket last = open(tag + " sunday", TicketType.OTHER, monday.plusDays(6), null);
        open(tag + " next week", TicketType.OTHER, monday.plusDays(7), null);
        open(tag + " undated", TicketType.OTHER, null, null);

        assertThat(fixtures.as(editor, () -> tickets.find(TicketFilter.none().withText(tag).withDueThisWeek(true), 0, 10)))
                .extracting(Ticket::id).containsExactlyInAnyOrder(first.id(), last.id());
    }

    @Test
    void filters_by_model_type_status_and_assignee_combine_and_my_tickets_put_open_ones_first() {
        Ticket mineOpen = open(tag + " a", TicketType.RETRAINING, null, editor);
        Ticket mineDone = open(tag + " b", TicketType.RETRAINING, null, editor);
        fixtures.as(editor, () -> tickets.move(mineDone.id(), mineDone.version(), TicketStatus.WONT_DO, null));
        Ticket theirs = open(tag + " c", TicketType.SECURITY_PATCH, null, teammate);
        Ticket teamWide = fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(null, TicketType.RETRAINING, tag + " d")));

        TicketFilter byTag = TicketFilter.none().withText(tag);
        assertThat(find(byTag.withModel(model.id()).withType(TicketType.RETRAINING)))
                .containsExactlyInAnyOrder(mineOpen.id(), mineDone.id());
        assertThat(find(byTag.withType(TicketType.RETRAINING).withStatuses(Set.of(TicketStatus.OPEN))))
                .containsExactlyInAnyOrder(mineOpen.id(), teamWide.id());
        assertThat(find(byTag.withAssignee(teammate.id()))).containsExactly(theirs.id());
        assertThat(find(byTag.withText("#" + theirs.number()))).containsExactly(theirs.id());

        assertThat(fixtures.as(editor, () -> tickets.mine())).extracting(Ticket::id)
                .containsExactly(mineOpen.id(), mineDone.id());
    }

    @Test
    void open_counts_per_model_leave_out_closed_tickets_and_models_without_open_ones() {
        open(tag + " one", TicketType.OTHER, null, null);
        Ticket two = open(tag + " two", TicketType.OTHER, null, null);
        Ticket closed = open(tag + " closed", TicketType.OTHER, null, null);
        fixtures.as(editor, () -> tickets.move(closed.id(), closed.version(), TicketStatus.DONE, null));
        fixtures.as(editor, () -> tickets.move(two.id(), two.version(), TicketStatus.IN_PROGRESS, null));

        var counts = fixtures.as(editor, () -> tickets.openCountsByModel());

        assertThat(counts).containsEntry(model.id(), 2).doesNotContainKey(quietModel.id());
    }

    private java.util.List<TicketId> find(TicketFilter filter) {
        return fixtures.as(editor, () -> tickets.find(filter, 0, 50)).stream().map(Ticket::id).toList();
    }

    private Ticket open(String title, TicketType type, LocalDate due, UserAccount assignee) {
        return fixtures.as(editor, () -> tickets.create(team.id(), TicketData.of(model.id(), type, title)
                .withDueDate(due).withAssignee(assignee == null ? null : assignee.id())));
    }
}
