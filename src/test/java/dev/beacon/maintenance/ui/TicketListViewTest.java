package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import dev.beacon.shared.ui.EmptyState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticket list: its filters live in the URL, and the New ticket dialog shows the service's verdict. */
class TicketListViewTest extends ViewTest {

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
    void type_status_assignee_overdue_due_this_week_and_text_in_the_url_narrow_the_list() {
        Ticket patch = scene.ticket(TicketType.SECURITY_PATCH, "patch");
        Ticket mine = scene.ticket(TicketData.of(scene.model.id(), TicketType.RETRAINING, TestFixtures.unique("retrain"))
                .withAssignee(scene.editor.id()));
        Ticket late = scene.ticket(TicketData.of(scene.model.id(), TicketType.OTHER, TestFixtures.unique("late"))
                .withDueDate(LocalDate.now(clock).minusDays(2)));
        Ticket today = scene.ticket(TicketData.of(scene.model.id(), TicketType.OTHER, TestFixtures.unique("today"))
                .withDueDate(LocalDate.now(clock)));
        Ticket later = scene.ticket(TicketData.of(scene.model.id(), TicketType.OTHER, TestFixtures.unique("later"))
                .withDueDate(LocalDate.now(clock).plusDays(14)));
        Ticket done = scene.moved(scene.ticket(TicketType.OTHER, "done"), TicketStatus.DONE);
        signIn(scene.editor);
        String team = "team=" + scene.team.id();

        assertThat(open(team)).containsExactlyInAnyOrder(patch.reference(), mine.reference(), late.reference(),
                today.reference(), later.reference(), done.reference());
        assertThat(open(team + "&type=SECURITY_PATCH")).containsExactly(patch.reference());
        assertThat(open(team + "&status=DONE")).containsExactly(done.reference());
        assertThat(open(team + "&status=OPEN&status=DONE")).hasSize(6);
        assertThat(open(team + "&assignee=me")).containsExactly(mine.reference());
        assertThat(open(team + "&overdue=true")).containsExactly(late.reference());
        assertThat(open(team + "&dueThisWeek=true")).contains(today.reference()).doesNotContain(later.reference(), patch.reference());
        assertThat(open(team + "&q=" + late.data().title())).containsExactly(late.reference());
    }

    @Test
    void changing_a_filter_puts_it_into_the_url_query() {
        scene.ticket(TicketType.SECURITY_PATCH, "patch");
        signIn(scene.editor);
        open("team=" + scene.team.id());
        TicketFilterBar bar = find(TicketFilterBar.class).single();

        test(find(TextField.class, bar).withCaption("Search").single()).setValue("cve");

        assertThat(bar.toQueryParameters().getQueryString()).contains("q=cve", "team=" + scene.team.id());
        assertThat(find(Anchor.class).withText("Board").single().getHref())
                .startsWith(TicketBoardView.PATH + "?").contains("q=cve", "team=" + scene.team.id());
        assertThat(rows()).isEmpty();
        assertThat(find(H3.class, find(EmptyState.class).single()).single().getText()).isEqualTo("No tickets match these filters");
    }

    @Test
    void new_ticket_shows_the_services_field_errors_and_opens_the_ticket_once_accepted() {
        signIn(scene.editor);
        open("team=" + scene.team.id());
        test(findInView(Button.class).withText("New ticket").single()).click();
        TicketDialog dialog = find(TicketDialog.class).single();
        test(dialog.team).selectItem(scene.team.name());
        test(dialog.type).selectItem("Security patch");
        test(dialog.priority).selectItem("Urgent");

        test(find(Button.class, dialog).withText("Open ticket").single()).click();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Enter a title");

        String title = TestFixtures.unique("Patch vLLM");
        test(dialog.title).setValue(title);
        test(dialog.model).selectItem(scene.model.data().name());
        test(dialog.assignee).selectItem(scene.teammate.displayName());
        test(find(Button.class, dialog).withText("Open ticket").single()).click();

        assertThat(getCurrentView()).isInstanceOf(TicketView.class);
        Ticket opened = fixtures.as(scene.editor, () -> tickets.find(dev.beacon.maintenance.TicketFilter.none().withText(title), 0, 5)).getFirst();
        assertThat(opened.data().type()).isEqualTo(TicketType.SECURITY_PATCH);
        assertThat(opened.data().priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(opened.model()).isEqualTo(scene.model.id());
        assertThat(opened.assignee()).isEqualTo(scene.teammate.id());
    }

    @Test
    void a_viewer_is_not_offered_new_ticket() {
        scene.ticket(TicketType.OTHER, "seen");
        signIn(scene.viewer);
        open("team=" + scene.team.id());

        assertThat(rows()).hasSize(1);
        assertThat(findInView(Button.class).withText("New ticket").exists()).isFalse();
    }

    private List<String> open(String query) {
        UI.getCurrent().navigate(TicketListView.PATH, QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(TicketListView.class);
        return rows();
    }

    @SuppressWarnings("unchecked")
    private List<String> rows() {
        var grid = test((Grid<Ticket>) findInView(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).reference()).toList();
    }
}
