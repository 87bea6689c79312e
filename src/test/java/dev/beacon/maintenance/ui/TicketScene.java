package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import dev.beacon.TestFixtures;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;

import java.util.List;

/** A team with an editor, a second editor, a viewer and a model, and tickets opened through the real service. */
final class TicketScene {

    final TestFixtures fixtures;
    final TicketService tickets;
    final Team team;
    final UserAccount editor;
    final UserAccount teammate;
    final UserAccount viewer;
    final Model model;

    TicketScene(TestFixtures fixtures, TicketService tickets) {
        this.fixtures = fixtures;
        this.tickets = tickets;
        team = fixtures.team("tickets");
        editor = fixtures.user("editor");
        teammate = fixtures.user("teammate");
        viewer = fixtures.user("viewer");
        fixtures.member(team, editor, TeamRole.EDITOR);
        fixtures.member(team, teammate, TeamRole.EDITOR);
        fixtures.member(team, viewer, TeamRole.VIEWER);
        model = fixtures.model(team, "ticketed");
    }

    Ticket ticket(TicketType type, String title) {
        return ticket(TicketData.of(model.id(), type, TestFixtures.unique(title)));
    }

    Ticket ticket(TicketData data) {
        return fixtures.as(editor, () -> tickets.create(team.id(), data));
    }

    Ticket moved(Ticket ticket, TicketStatus status) {
        return fixtures.as(editor, () -> tickets.move(ticket.id(), ticket.version(), status, null));
    }

    Ticket reread(Ticket ticket) {
        return fixtures.as(editor, () -> tickets.get(ticket.id()));
    }

    /** The texts of these notifications (toasts) that are open: a plain text, or the text of their content. */
    static List<String> toasts(List<Notification> found) {
        return found.stream().filter(Notification::isOpened).map(TicketScene::text).toList();
    }

    private static String text(Notification notification) {
        String text = notification.getElement().getProperty("text", "");
        return text.isEmpty() ? contentText(notification) : text;
    }

    private static String contentText(Component component) {
        return component.getElement().getTextRecursively()
                + component.getChildren().map(TicketScene::contentText).reduce("", String::concat);
    }
}
