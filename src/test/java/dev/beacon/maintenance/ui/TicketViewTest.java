package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import dev.beacon.TestFixtures;
import dev.beacon.ViewTest;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketChange;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ui.EmptyState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticket page per role: edits, moves, assignment, comments and history; other teams' tickets are not found. */
class TicketViewTest extends ViewTest {

    @Autowired
    TicketService tickets;

    TicketScene scene;

    @BeforeEach
    void aTeamWithTickets() {
        scene = new TicketScene(fixtures, tickets);
    }

    @Test
    void an_editor_edits_the_title_and_the_history_says_who_changed_it_from_what_to_what() {
        Ticket ticket = scene.ticket(TicketType.SECURITY_PATCH, "patch");
        openAs(scene.editor, ticket);

        test(button("Edit")).click();
        TicketDialog dialog = find(TicketDialog.class).single();
        String title = TestFixtures.unique("Patch the image");
        test(dialog.title).setValue(title);
        test(find(Button.class, dialog).withText("Save changes").single()).click();

        assertThat(scene.reread(ticket).data().title()).isEqualTo(title);
        assertThat(history()).anyMatch(row -> row.contains(scene.editor.displayName())
                && row.contains(ticket.data().title() + " → " + title));
    }

    @Test
    void status_buttons_offer_only_the_workflows_next_moves_and_move_the_ticket() {
        Ticket ticket = scene.ticket(TicketType.OTHER, "work");
        openAs(scene.editor, ticket);
        assertThat(buttons()).contains("Start work", "Mark done", "Won't do").doesNotContain("Reopen", "Back to open");

        test(button("Start work")).click();

        assertThat(scene.reread(ticket).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(buttons()).contains("Back to open", "Mark done", "Won't do").doesNotContain("Start work");
        assertThat(history()).anyMatch(row -> row.contains("Open → In progress"));
    }

    @Test
    void assigning_in_place_and_commenting_show_up_in_comments_and_history() {
        Ticket ticket = scene.ticket(TicketType.OTHER, "discuss");
        openAs(scene.editor, ticket);

        test(find(ComboBox.class).withClassName("ticket-assignee").single()).selectItem(scene.teammate.displayName());
        assertThat(scene.reread(ticket).assignee()).isEqualTo(scene.teammate.id());

        test(find(TextArea.class).withCaption("Add a comment").single()).setValue("Scheduled for Tuesday's window");
        test(button("Comment")).click();

        TicketComments comments = find(TicketComments.class).single();
        assertThat(comments.getElement().getTextRecursively()).contains("Scheduled for Tuesday's window", scene.editor.displayName());
        assertThat(history()).anyMatch(row -> row.contains("Assignee") && row.contains(scene.teammate.displayName()));
        assertThat(history()).anyMatch(row -> row.contains("Commented: Scheduled"));
    }

    @Test
    void a_stale_page_gets_the_conflict_message_instead_of_overwriting() {
        Ticket ticket = scene.ticket(TicketType.OTHER, "race");
        openAs(scene.editor, ticket);
        fixtures.as(scene.teammate, () -> tickets.move(ticket.id(), ticket.version(), TicketStatus.IN_PROGRESS, null));

        test(button("Won't do")).click();

        ConfirmDialog conflict = find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single();
        assertThat(test(conflict).getHeader()).isEqualTo("Changed by someone else");
        assertThat(scene.reread(ticket).status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void a_viewer_reads_everything_but_is_offered_no_change() {
        Ticket ticket = scene.ticket(TicketType.OTHER, "read");
        fixtures.as(scene.editor, () -> tickets.comment(ticket.id(), "Looking into it"));
        openAs(scene.viewer, ticket);

        assertThat(find(TicketComments.class).single().getElement().getTextRecursively()).contains("Looking into it");
        assertThat(history()).isNotEmpty();
        assertThat(buttons()).doesNotContain("Edit", "Start work", "Mark done", "Won't do", "Comment", "Delete");
        assertThat(find(ComboBox.class).withClassName("ticket-assignee").exists()).isFalse();
        assertThat(find(TextArea.class).withCaption("Add a comment").exists()).isFalse();
    }

    @Test
    void another_teams_ticket_is_not_found_and_reveals_nothing() {
        Team elsewhere = fixtures.team("elsewhere");
        UserAccount owner = fixtures.user("owner");
        fixtures.member(elsewhere, owner, dev.beacon.security.TeamRole.OWNER);
        Model theirs = fixtures.model(elsewhere, "theirs");
        Ticket hidden = fixtures.as(owner, () -> tickets.create(elsewhere.id(),
                dev.beacon.maintenance.TicketData.of(theirs.id(), TicketType.INCIDENT, TestFixtures.unique("secret"))));
        signIn(scene.editor);

        UI.getCurrent().navigate("tickets/" + hidden.id());

        assertThat(getCurrentView()).isNotInstanceOf(TicketView.class);
        assertThat(find(H3.class, find(EmptyState.class).single()).single().getText()).isEqualTo("Not found");
        assertThat(find(Span.class).all()).noneMatch(span -> span.getText().contains(hidden.data().title()));
    }

    @Test
    void the_models_tickets_tab_lists_its_tickets_open_first_and_prefills_new_tickets_with_the_model() {
        Ticket done = scene.moved(scene.ticket(TicketType.OTHER, "old"), TicketStatus.DONE);
        Ticket open = scene.ticket(TicketType.RETRAINING, "retrain");
        signIn(scene.editor);
        UI.getCurrent().navigate("models/" + scene.model.id());
        TabSheet tabs = find(TabSheet.class).single();
        IntStream.range(0, tabs.getTabCount()).filter(i -> tabs.getTabAt(i).getLabel().equals("Tickets"))
                .findFirst().ifPresent(tabs::setSelectedIndex);
        ModelTickets tab = find(ModelTickets.class).single();

        @SuppressWarnings("unchecked")
        var grid = test((Grid<Ticket>) find(Grid.class, tab).single());
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).reference()).toList())
                .containsExactly(open.reference(), done.reference());

        test(find(Button.class, tab).withText("New ticket").single()).click();
        TicketDialog dialog = find(TicketDialog.class).single();
        assertThat(dialog.team.getValue().id()).isEqualTo(scene.team.id());
        assertThat(dialog.model.getValue().id()).isEqualTo(scene.model.id());
    }

    private void openAs(UserAccount user, Ticket ticket) {
        signIn(user);
        navigate("tickets/" + ticket.id(), TicketView.class);
    }

    private List<String> buttons() {
        return findInView(Button.class).all().stream().map(Button::getText).toList();
    }

    private Button button(String text) {
        return findInView(Button.class).withText(text).single();
    }

    /** Each history row as "who: what". */
    @SuppressWarnings("unchecked")
    private List<String> history() {
        var grid = test((Grid<TicketChange>) find(Grid.class, find(TicketActivity.class).single()).single());
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row))
                .map(change -> change.actorName() + ": " + TicketActivity.describe(change)).toList();
    }
}
