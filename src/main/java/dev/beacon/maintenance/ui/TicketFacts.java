package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketDetails;
import dev.beacon.maintenance.TicketService;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.FieldErrors;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;

import java.time.LocalDate;

/**
 * The ticket's fields as a list of facts, its description below. EDITORs and OWNERs change the assignee right here
 * (the other fields through Edit); VIEWERs read.
 */
class TicketFacts extends Div {

    private final TicketService tickets;
    private final Ticket ticket;

    TicketFacts(TicketService tickets, TicketChoices choices, TicketDetails details, LocalDate today, Runnable onChange) {
        this.tickets = tickets;
        this.ticket = details.ticket();
        addClassName("ticket-facts");
        Div facts = new Div();
        facts.addClassName("ticket-fact-list");
        facts.add(fact("Assignee", details.myRole().includes(TeamRole.EDITOR)
                ? assigneePicker(choices, onChange) : new Span(ticket.assigneeName() == null ? "Unassigned" : ticket.assigneeName())));
        facts.add(fact("Due", TicketBadges.due(ticket, today)));
        facts.add(fact("Labels", labels()));
        facts.add(fact("Reporter", new Span(ticket.reporterName())));
        facts.add(fact("Created", new Span(UserTime.format(ticket.createdAt()))));
        facts.add(fact("Updated", new Span(UserTime.format(ticket.updatedAt()))));
        if (ticket.closedAt() != null) {
            facts.add(fact("Closed", new Span(UserTime.format(ticket.closedAt()))));
        }
        if (ticket.completedVersionLabel() != null) {
            facts.add(fact("New version", new Span(ticket.completedVersionLabel())));
        }
        String text = ticket.data().description();
        Paragraph description = new Paragraph(text == null || text.isBlank() ? "No description." : text);
        description.addClassName("ticket-description");
        add(facts, description);
    }

    private Component assigneePicker(TicketChoices choices, Runnable onChange) {
        ComboBox<Person> picker = new ComboBox<>();
        picker.setAriaLabel("Assignee");
        picker.addClassName("ticket-assignee");
        picker.setItems(choices.assignable(ticket.team()));
        picker.setItemLabelGenerator(Person::name);
        picker.setPlaceholder("Unassigned");
        picker.setClearButtonVisible(true);
        picker.getListDataView().getItems().filter(person -> person.id().equals(ticket.assignee())).findFirst()
                .ifPresent(picker::setValue);
        FieldErrors errors = new FieldErrors().bind("assignee", picker).bind("assigneeId", picker);
        picker.addValueChangeListener(event -> {
            Person chosen = event.getValue();
            if (FormSubmission.succeeded(errors, () -> tickets.assign(ticket.id(), ticket.version(), chosen == null ? null : chosen.id()))) {
                Notifications.success(chosen == null ? ticket.reference() + " is unassigned" : "Assigned " + ticket.reference() + " to " + chosen.name());
                onChange.run();
            }
        });
        return picker;
    }

    private Component labels() {
        if (ticket.data().labels().isEmpty()) {
            return new Span("—");
        }
        Div labels = new Div();
        labels.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        ticket.data().labels().forEach(label -> labels.add(Badges.pill(label)));
        return labels;
    }

    private static Div fact(String name, Component value) {
        Span label = new Span(name);
        label.addClassName("ticket-fact-name");
        Div fact = new Div(label, value);
        fact.addClassName("ticket-fact");
        fact.getElement().setAttribute("data-fact", name);
        return fact;
    }
}
