package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tickets of the user's teams in four columns, Open / In progress / Done / Won't do, with the list's filters in
 * the URL. Dragging a card onto another column moves the ticket; each card's "Move to…" menu does the same from the
 * keyboard. The service decides every move, so a refused one shows its reason and the card stays where it was.
 */
@Route("tickets/board")
@PageTitle("Ticket board")
@PermitAll
class TicketBoardView extends Main implements BeforeEnterObserver {

    static final String PATH = "tickets/board";
    /** Cards per column at most: a board is for the work at hand; the list pages through everything. */
    static final int CARDS_PER_COLUMN = 100;

    private final TicketService tickets;
    private final Clock clock;
    private final TicketChoices choices;
    private final TicketFilterBar filters;
    private final Nav switcher = TicketViews.switcher(PATH);
    private final Map<TicketStatus, BoardColumn> columns = new EnumMap<>(TicketStatus.class);
    private final Paragraph truncated = new Paragraph();

    TicketBoardView(TicketService tickets, Clock clock, CurrentUser currentUser) {
        this.tickets = tickets;
        this.clock = clock;
        this.choices = TicketChoices.of(tickets, currentUser);
        this.filters = new TicketFilterBar(choices, false, this::filtersChanged);
        addClassNames("beacon-page", "tickets-page");
        Div board = new Div();
        board.addClassName("ticket-board");
        for (TicketStatus status : TicketStatus.values()) {
            BoardColumn column = new BoardColumn(status, this::move);
            columns.put(status, column);
            board.add(column);
        }
        truncated.addClassName("ticket-board-note");
        add(switcher, filters, truncated, board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.restore(event.getLocation().getQueryParameters());
        TicketViews.carryFilters(switcher, filters.toQueryParameters());
        refresh();
    }

    BoardColumn column(TicketStatus status) {
        return columns.get(status);
    }

    void refresh() {
        LocalDate today = TicketBadges.today(clock);
        boolean anyCut = false;
        for (TicketStatus status : TicketStatus.values()) {
            TicketFilter filter = filters.filter().withStatuses(Set.of(status));
            List<TicketCard> cards = new ArrayList<>();
            for (Ticket ticket : tickets.find(filter, UserTime.zone(), 0, CARDS_PER_COLUMN)) {
                cards.add(new TicketCard(ticket, today, choices.canEdit(ticket.team()), this::move));
            }
            anyCut |= cards.size() == CARDS_PER_COLUMN && tickets.count(filter, UserTime.zone()) > CARDS_PER_COLUMN;
            columns.get(status).show(cards);
        }
        truncated.setText("Each column shows its first " + CARDS_PER_COLUMN + " tickets: narrow them with the filters or use the list.");
        truncated.setVisible(anyCut);
    }

    private void filtersChanged() {
        refresh();
        TicketViews.replaceUrl(this, PATH, filters.toQueryParameters());
        TicketViews.carryFilters(switcher, filters.toQueryParameters());
    }

    private void move(Ticket ticket, TicketStatus target) {
        TicketMoves.move(tickets, ticket, target, this::refresh);
    }
}
