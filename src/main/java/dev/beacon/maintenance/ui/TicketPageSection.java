package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.maintenance.Ticket;
import org.springframework.modulith.NamedInterface;

/**
 * A section that other parts of Beacon add to a ticket's page (e.g. the model's figures before and after the change,
 * the recurring schedule that opened the ticket), so the page need not know them. Implementations are Spring beans;
 * the page collects them and shows each one's component under the ticket's details, in ascending {@link #order()}.
 * The page has already checked that the user may see the ticket; the section's own service checks again.
 * <p>
 * The one type of this package other modules may use (e.g. evaluation's "Accuracy" section), hence its named interface.
 */
@NamedInterface("ticket-page-section")
public interface TicketPageSection {

    /** The section's heading, e.g. "Before/after". */
    String label();

    int order();

    /** The section's content for this ticket, or null when it has nothing to show for it (the page then leaves it out). */
    Component create(Ticket ticket);
}
