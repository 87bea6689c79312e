package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.ViewTest;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The board: dragging a card onto a column and the keyboard's "Move to…" menu move tickets through the service. */
class TicketBoardViewTest extends ViewTest {

    @Autowired
    TicketService tickets;

    TicketScene scene;

    @BeforeEach
    void aTeamWithTickets() {
        scene = new TicketScene(fixtures, tickets);
    }

    @Test
    void dragging_a_card_onto_in_progress_moves_the_ticket_there() {
        Ticket ticket = scene.ticket(TicketType.SECURITY_PATCH, "patch");
        TicketBoardView board = openBoardAs(scene.editor);

        drag(card(board, TicketStatus.OPEN, ticket), board.column(TicketStatus.IN_PROGRESS));

        assertThat(scene.reread(ticket).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(titles(board, TicketStatus.IN_PROGRESS)).contains(ticket.reference());
        assertThat(titles(board, TicketStatus.OPEN)).doesNotContain(ticket.reference());
    }

    @Test
    void a_refused_move_shows_the_services_reason_and_the_card_stays_where_it_was() {
        Ticket done = scene.moved(scene.ticket(TicketType.OTHER, "finished"), TicketStatus.DONE);
        TicketBoardView board = openBoardAs(scene.editor);

        drag(card(board, TicketStatus.DONE, done), board.column(TicketStatus.IN_PROGRESS));

        roundTrip();
        assertThat(TicketScene.toasts(find(Notification.class).all())).anyMatch(text -> text.contains("A done ticket can only be reopened"));
        assertThat(scene.reread(done).status()).isEqualTo(TicketStatus.DONE);
        assertThat(titles(board, TicketStatus.DONE)).contains(done.reference());
    }

    @Test
    void the_move_to_menu_moves_a_ticket_from_the_keyboard_and_offers_only_allowed_moves() {
        Ticket ticket = scene.ticket(TicketType.SECURITY_AUDIT, "audit");
        Ticket done = scene.moved(scene.ticket(TicketType.OTHER, "closed"), TicketStatus.DONE);
        TicketBoardView board = openBoardAs(scene.editor);

        MenuBar closedMenu = find(MenuBar.class, card(board, TicketStatus.DONE, done)).single();
        assertThat(closedMenu.getItems().getFirst().getSubMenu().getItems()).extracting(item -> item.getText())
                .containsExactly("Open");

        MenuBar menu = find(MenuBar.class, card(board, TicketStatus.OPEN, ticket)).single();
        new MenuBarTester<>(menu).clickItem("Move to…", "In progress");

        assertThat(scene.reread(ticket).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(titles(board, TicketStatus.IN_PROGRESS)).contains(ticket.reference());
    }

    @Test
    void completing_a_model_update_asks_for_the_new_version_label_first() {
        Ticket update = scene.moved(scene.ticket(TicketType.MODEL_UPDATE, "upgrade"), TicketStatus.IN_PROGRESS);
        TicketBoardView board = openBoardAs(scene.editor);

        drag(card(board, TicketStatus.IN_PROGRESS, update), board.column(TicketStatus.DONE));
        VersionLabelDialog dialog = find(VersionLabelDialog.class).single();
        assertThat(scene.reread(update).status()).isEqualTo(TicketStatus.IN_PROGRESS);

        test(dialog.label).setValue("v2.1");
        test(find(Button.class, dialog).withText("Mark done").single()).click();

        Ticket completed = scene.reread(update);
        assertThat(completed.status()).isEqualTo(TicketStatus.DONE);
        assertThat(completed.completedVersionLabel()).isEqualTo("v2.1");
        assertThat(titles(board, TicketStatus.DONE)).contains(update.reference());
    }

    @Test
    void completing_other_work_on_a_model_offers_the_version_label_but_does_not_require_it() {
        Ticket patch = scene.ticket(TicketType.SECURITY_PATCH, "patch");
        TicketBoardView board = openBoardAs(scene.editor);

        new MenuBarTester<>(find(MenuBar.class, card(board, TicketStatus.OPEN, patch)).single()).clickItem("Move to…", "Done");
        VersionLabelDialog dialog = find(VersionLabelDialog.class).single();
        assertThat(dialog.label.isRequiredIndicatorVisible()).isFalse();
        test(find(Button.class, dialog).withText("Mark done").single()).click();

        Ticket completed = scene.reread(patch);
        assertThat(completed.status()).isEqualTo(TicketStatus.DONE);
        assertThat(completed.completedVersionLabel()).isNull();
    }

    @Test
    void a_viewer_sees_the_board_but_cards_neither_drag_nor_offer_moves() {
        Ticket ticket = scene.ticket(TicketType.OTHER, "look");
        TicketBoardView board = openBoardAs(scene.viewer);

        TicketCard card = card(board, TicketStatus.OPEN, ticket);
        assertThat(find(MenuBar.class, card).exists()).isFalse();
        assertThat(card.getElement().getAttribute("draggable")).isNull();
    }

    @Test
    void the_boards_filters_come_from_the_url() {
        Ticket patch = scene.ticket(TicketType.SECURITY_PATCH, "patch");
        Ticket audit = scene.ticket(TicketType.SECURITY_AUDIT, "audit");
        signIn(scene.editor);
        UI.getCurrent().navigate(TicketBoardView.PATH, QueryParameters.fromString("type=SECURITY_PATCH&team=" + scene.team.id()));
        TicketBoardView board = (TicketBoardView) getCurrentView();

        assertThat(titles(board, TicketStatus.OPEN)).contains(patch.reference()).doesNotContain(audit.reference());
    }

    private TicketBoardView openBoardAs(dev.beacon.security.UserAccount user) {
        signIn(user);
        UI.getCurrent().navigate(TicketBoardView.PATH, QueryParameters.fromString("team=" + scene.team.id()));
        return (TicketBoardView) getCurrentView();
    }

    /** What the browser reports for a drag: the card's dragstart, then the drop on the column. */
    private static void drag(TicketCard card, BoardColumn column) {
        ComponentUtil.fireEvent(card, new DragStartEvent<>(card, true));
        ComponentUtil.fireEvent(column, new DropEvent<>(column, true, "move"));
    }

    private static TicketCard card(TicketBoardView board, TicketStatus status, Ticket ticket) {
        return board.column(status).cards().stream().filter(card -> card.ticket().id().equals(ticket.id())).findFirst()
                .orElseThrow(() -> new AssertionError(ticket.reference() + " is not in " + status));
    }

    private static List<String> titles(TicketBoardView board, TicketStatus status) {
        return board.column(status).cards().stream().map(card -> card.ticket().reference()).toList();
    }
}
