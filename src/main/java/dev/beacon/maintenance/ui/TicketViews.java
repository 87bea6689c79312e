package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import dev.beacon.maintenance.TicketId;

import java.util.List;

/** Navigation shared by the ticket views: the List / Board / My tickets switch, links to a ticket, the URL's query. */
final class TicketViews {

    private TicketViews() {
    }

    /** Links to the three ticket views; the current one is marked for screen readers and styles. */
    static Nav switcher(String current) {
        Nav nav = new Nav();
        nav.addClassName("ticket-views");
        nav.setAriaLabel("Ticket views");
        for (List<String> view : List.of(List.of(TicketListView.PATH, "List"), List.of(TicketBoardView.PATH, "Board"),
                List.of(MyTicketsView.PATH, "My tickets"))) {
            Anchor link = new Anchor(view.getFirst(), view.getLast());
            link.getElement().setAttribute("router-link", true);
            if (view.getFirst().equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        return nav;
    }

    /** Lets the List and Board links carry the filters, so switching between them keeps what is shown. */
    static void carryFilters(Nav switcher, QueryParameters query) {
        String queryString = query.getQueryString();
        switcher.getChildren().map(Anchor.class::cast)
                .filter(link -> !link.getHref().startsWith(MyTicketsView.PATH))
                .forEach(link -> link.setHref(link.getHref().replaceFirst("\\?.*$", "")
                        + (queryString.isEmpty() ? "" : "?" + queryString)));
    }

    static void open(TicketId ticket) {
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("ticketId", ticket.toString()));
    }

    static String href(TicketId ticket) {
        return "tickets/" + ticket;
    }

    /** Puts the filters into the address bar without navigating, so reload, back and sharing keep them. */
    static void replaceUrl(Component view, String path, QueryParameters query) {
        String queryString = query.getQueryString();
        view.getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, path + (queryString.isEmpty() ? "" : "?" + queryString)));
    }
}
