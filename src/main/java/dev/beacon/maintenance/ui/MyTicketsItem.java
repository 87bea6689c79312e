package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.ui.NavbarItem;

/** Puts "My tickets" with the number of open tickets assigned to the signed-in user into the top bar, left of the bell. */
@org.springframework.stereotype.Component
class MyTicketsItem implements NavbarItem {

    private final TicketService tickets;
    private final CurrentUser currentUser;

    MyTicketsItem(TicketService tickets, CurrentUser currentUser) {
        this.tickets = tickets;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 90;
    }

    /** Counted when the page frame is built, i.e. on each full page load. */
    @Override
    public Component create() {
        int open = tickets.count(TicketFilter.none().withAssignee(currentUser.id()).withStatuses(TicketStatus.open()));
        Button button = new Button(VaadinIcon.CLIPBOARD_CHECK.create(), event -> UI.getCurrent().navigate(MyTicketsView.class));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("my-tickets");
        button.setAriaLabel(open == 0 ? "My tickets, none open" : "My tickets, " + open + " open");
        button.setTooltipText(open == 0 ? "No open tickets assigned to you" : open + " open tickets assigned to you");
        if (open > 0) {
            Span count = new Span(String.valueOf(open));
            count.getElement().getThemeList().addAll(java.util.List.of("badge", "contrast", "pill", "small"));
            count.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
            button.setSuffixComponent(count);
        }
        return button;
    }
}
