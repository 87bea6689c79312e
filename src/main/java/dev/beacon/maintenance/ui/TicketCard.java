package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketStatus;

import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * A ticket on the board: number and title (a link to its page), model, assignee, due date and priority. Dragging it
 * onto another column moves it; the "Move to…" menu does the same from the keyboard. Cards of read-only users
 * neither drag nor offer the menu.
 */
class TicketCard extends Div {

    private final Ticket ticket;

    TicketCard(Ticket ticket, LocalDate today, boolean canMove, BiConsumer<Ticket, TicketStatus> mover) {
        this.ticket = ticket;
        addClassName("ticket-card");
        getElement().setAttribute("data-ticket", ticket.reference());
        getElement().setAttribute("aria-label", ticket.reference() + " " + ticket.data().title());

        Anchor title = new Anchor(TicketViews.href(ticket.id()), ticket.reference() + " " + ticket.data().title());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("ticket-card-title");
        // the card is what is dragged, not the link inside it
        title.getElement().setAttribute("draggable", "false");
        Span model = new Span(ticket.modelName() == null ? ticket.teamName() : ticket.modelName());
        model.addClassName("ticket-card-model");
        Span assignee = new Span(ticket.assigneeName() == null ? "Unassigned" : ticket.assigneeName());
        assignee.addClassName("ticket-card-assignee");
        Div facts = new Div(TicketBadges.priority(ticket.data().priority()));
        if (ticket.data().dueDate() != null) {
            facts.add(TicketBadges.due(ticket, today));
        }
        facts.addClassName("ticket-card-facts");
        add(title, model, assignee, facts);

        if (canMove) {
            DragSource<TicketCard> drag = DragSource.create(this);
            drag.setDragData(ticket);
            add(moveMenu(mover));
        }
    }

    Ticket ticket() {
        return ticket;
    }

    private MenuBar moveMenu(BiConsumer<Ticket, TicketStatus> mover) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
        menu.addClassName("ticket-card-move");
        var root = menu.addItem("Move to…");
        root.setAriaLabel("Move " + ticket.reference() + " to…");
        SubMenu targets = root.getSubMenu();
        for (TicketStatus target : TicketStatus.values()) {
            if (ticket.status().canMoveTo(target)) {
                targets.addItem(target.label(), event -> mover.accept(ticket, target));
            }
        }
        return menu;
    }
}
