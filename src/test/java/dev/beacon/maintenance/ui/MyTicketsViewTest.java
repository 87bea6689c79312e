package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import dev.beacon.shared.ui.SecretDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** My tickets (open first, overdue marked), the calendar feed's address shown once, and ticket counts on the fleet. */
class MyTicketsViewTest extends ViewTest {

    @Autowired
    TicketService tickets;
    @Autowired
    Clock clock;

    TicketScene scene;

    @BeforeEach
    void aTeamWithTickets() {
        scene = new TicketScene(fixtures, tickets);
    }

    @Test
    void my_tickets_lists_what_is_assigned_to_me_open_first_with_overdue_ones_marked() {
        Ticket closed = scene.moved(assignedToTeammate(TicketData.of(scene.model.id(), TicketType.OTHER, TestFixtures.unique("closed"))),
                TicketStatus.DONE);
        Ticket late = assignedToTeammate(TicketData.of(scene.model.id(), TicketType.SECURITY_PATCH, TestFixtures.unique("late"))
                .withDueDate(LocalDate.now(clock).minusDays(1)));
        scene.ticket(TicketType.OTHER, "someone-elses");
        signIn(scene.teammate);
        navigate(MyTicketsView.class);

        @SuppressWarnings("unchecked")
        var grid = test((Grid<Ticket>) findInView(Grid.class).single());
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).reference()).toList())
                .containsExactly(late.reference(), closed.reference());
        Span due = (Span) grid.getCellComponent(0, "due");
        assertThat(due.getText()).isEqualTo("Overdue · " + late.data().dueDate());
        assertThat(due.getClassNames()).contains("ticket-overdue");
    }

    @Test
    void the_top_bar_counts_my_open_tickets_and_leads_to_my_tickets() {
        assignedToTeammate(TicketData.of(scene.model.id(), TicketType.OTHER, TestFixtures.unique("first")));
        assignedToTeammate(TicketData.of(scene.model.id(), TicketType.OTHER, TestFixtures.unique("second")));
        scene.moved(assignedToTeammate(TicketData.of(scene.model.id(), TicketType.OTHER, TestFixtures.unique("done"))),
                TicketStatus.DONE);
        signIn(scene.teammate);
        navigate(TicketListView.class);

        Button item = find(Button.class).withId("my-tickets").single();
        assertThat(item.getAriaLabel()).contains("My tickets, 2 open");
        test(item).click();
        assertThat(getCurrentView()).isInstanceOf(MyTicketsView.class);
    }

    @Test
    void the_calendar_feed_address_is_shown_once_and_can_be_revoked() {
        signIn(scene.teammate);
        navigate(MyTicketsView.class);

        test(findInView(Button.class).withText("Create calendar feed").single()).click();
        SecretDialog shown = find(SecretDialog.class).single();
        String url = find(Div.class, shown).withId("calendar-feed-url").single().getText();
        assertThat(url).contains("/calendar/").endsWith(".ics");
        test(find(Button.class, shown).withText("I have copied it").single()).click();

        assertThat(text(find(CalendarFeedPanel.class).single())).contains("Your calendar feed is active").doesNotContain(url);
        test(findInView(Button.class).withText("Revoke").single()).click();
        test(find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single()).confirm();
        assertThat(findInView(Button.class).withText("Create calendar feed").exists()).isTrue();
    }

    @Test
    void the_fleet_overview_shows_each_models_open_ticket_count() {
        scene.ticket(TicketType.SECURITY_PATCH, "one");
        scene.ticket(TicketType.RETRAINING, "two");
        scene.moved(scene.ticket(TicketType.OTHER, "closed"), TicketStatus.DONE);
        signIn(scene.viewer);
        UI.getCurrent().navigate("");

        List<String> badges = find(Span.class).all().stream().filter(span -> span.getText().endsWith("open tickets"))
                .map(Span::getText).toList();
        assertThat(badges).containsExactly("2 open tickets");
    }

    private Ticket assignedToTeammate(TicketData data) {
        return scene.ticket(data.withAssignee(scene.teammate.id()));
    }

    private static String text(CalendarFeedPanel panel) {
        return panel.getElement().getTextRecursively();
    }
}
