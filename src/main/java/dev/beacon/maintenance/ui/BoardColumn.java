package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketStatus;

import java.util.List;
import java.util.function.BiConsumer;

/** One status's column of the board: its heading with the count, its cards, and where cards are dropped. */
class BoardColumn extends Section {

    private final TicketStatus status;
    private final Span count = new Span();
    private final Div cards = new Div();

    BoardColumn(TicketStatus status, BiConsumer<Ticket, TicketStatus> mover) {
        this.status = status;
        addClassName("ticket-column");
        getElement().setAttribute("data-status", status.name());
        getElement().setAttribute("aria-label", status.label());
        count.addClassName("ticket-column-count");
        H3 heading = new H3(status.label());
        Div header = new Div(heading, count);
        header.addClassName("ticket-column-header");
        cards.addClassName("ticket-column-cards");
        add(header, cards);
        DropTarget<BoardColumn> target = DropTarget.create(this);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(drop -> drop.getDragSourceComponent()
                .filter(TicketCard.class::isInstance)
                .map(card -> ((TicketCard) card).ticket())
                .ifPresent(ticket -> mover.accept(ticket, status)));
    }

    TicketStatus status() {
        return status;
    }

    void show(List<TicketCard> shown) {
        cards.removeAll();
        shown.forEach(cards::add);
        count.setText(String.valueOf(shown.size()));
    }

    List<TicketCard> cards() {
        return cards.getChildren().map(TicketCard.class::cast).toList();
    }
}
