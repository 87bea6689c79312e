package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.beacon.maintenance.TicketDetails;
import dev.beacon.maintenance.TicketId;
import dev.beacon.maintenance.TicketService;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.RoutePatterns;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * One ticket: its details (EDITORs and OWNERs edit them in a dialog and pick the assignee in place; VIEWERs read),
 * the status buttons for the moves its workflow allows, links to its model and the alert rule it came from, the
 * sections other parts of Beacon add ({@link TicketPageSection}), its comments and its activity history. A ticket of
 * a team the user is not in is "not found", exactly like one that does not exist.
 */
@Route("tickets/:ticketId" + RoutePatterns.UUID)
@PermitAll
class TicketView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TicketService tickets;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final List<TicketPageSection> sections;
    private TicketId id;
    private TicketDetails details;

    TicketView(TicketService tickets, Clock clock, CurrentUser currentUser, ObjectProvider<TicketPageSection> sections) {
        this.tickets = tickets;
        this.clock = clock;
        this.currentUser = currentUser;
        this.sections = sections.stream().sorted(Comparator.comparingInt(TicketPageSection::order)).toList();
        addClassNames("beacon-page", "ticket-page");
        getStyle().set("max-width", "1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = TicketId.of(event.getRouteParameters().get("ticketId").orElseThrow());
        try {
            details = tickets.details(id);
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return details == null ? "Ticket" : details.ticket().reference() + " " + details.ticket().data().title() + " · Tickets";
    }

    /** Reads the ticket again after a change, so the page shows what the service stored (and its new version). */
    void reload() {
        details = tickets.details(id);
        show();
    }

    private void show() {
        removeAll();
        TicketChoices choices = TicketChoices.of(tickets, currentUser);
        add(new TicketHeader(tickets, choices, details, this::reload),
                new TicketFacts(tickets, choices, details, TicketBadges.today(clock), this::reload));
        extraSections().forEach(this::add);
        add(new TicketComments(tickets, details, this::reload), new TicketActivity(details.changes()));
    }

    /** The sections other parts of Beacon add: each in its own titled block, left out when it has nothing to say. */
    private List<Component> extraSections() {
        return sections.stream().map(section -> {
            Component content = section.create(details.ticket());
            if (content == null) {
                return null;
            }
            Section block = new Section(new H3(section.label()), content);
            block.addClassName("ticket-section");
            return (Component) block;
        }).filter(java.util.Objects::nonNull).toList();
    }
}
