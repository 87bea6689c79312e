package dev.beacon.maintenance;

import dev.beacon.notification.Notice;
import dev.beacon.notification.NotificationService;
import dev.beacon.notification.Severity;
import dev.beacon.shared.UserId;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tells the people involved in a ticket what others did to it, in their inbox and by e-mail, inside the changing
 * transaction: the new assignee when it is assigned, the assignee and the reporter on a comment or a status change.
 * Nobody is told about what they did themselves.
 */
@Component
class TicketNotifier {

    static final String KIND = "ticket";

    private final NotificationService notifications;

    TicketNotifier(NotificationService notifications) {
        this.notifications = notifications;
    }

    void assigned(Ticket ticket, UserId actor, String actorName) {
        UserId assignee = ticket.assignee();
        if (assignee != null && !assignee.equals(actor)) {
            notifications.notifyUser(assignee, notice(ticket, actorName + " assigned you " + ticket.headline(),
                    ticket.data().description()));
        }
    }

    void commented(Ticket ticket, UserId author, String authorName, String body) {
        Notice notice = notice(ticket, authorName + " commented on " + ticket.headline(), body);
        involved(ticket, author).forEach(user -> notifications.notifyUser(user, notice));
    }

    void moved(Ticket ticket, TicketStatus from, UserId actor, String actorName) {
        Notice notice = notice(ticket, actorName + " moved " + ticket.headline() + " to " + ticket.status().label(),
                "From " + from.label() + " to " + ticket.status().label() + ".");
        involved(ticket, actor).forEach(user -> notifications.notifyUser(user, notice));
    }

    /** The reporter and the assignee, once each, without the person who acted. */
    private static Set<UserId> involved(Ticket ticket, UserId actor) {
        Set<UserId> users = new LinkedHashSet<>();
        for (UserId user : new UserId[]{ticket.assignee(), ticket.reporter()}) {
            if (user != null && !Objects.equals(user, actor)) {
                users.add(user);
            }
        }
        return users;
    }

    private static Notice notice(Ticket ticket, String title, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ticket", ticket.reference() + " " + ticket.data().title());
        fields.put("model", ticket.modelName() == null ? "Team-wide (" + ticket.teamName() + ")" : ticket.modelName());
        fields.put("type", ticket.data().type().label());
        fields.put("priority", ticket.data().priority().label());
        fields.put("due", ticket.data().dueDate() == null ? "No due date" : ticket.data().dueDate().toString());
        Severity severity = ticket.data().priority() == TicketPriority.URGENT ? Severity.WARNING : Severity.INFO;
        return Notice.of(KIND, severity, title, body, "tickets/" + ticket.id()).withFields(fields)
                .withGroupKey("ticket " + ticket.id());
    }
}
