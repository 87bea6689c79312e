package dev.beacon.maintenance;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;

import java.util.Set;

/**
 * Narrows a ticket list; every null, empty or false part matches everything. Only teams the reader may see are ever
 * listed, whatever {@code teams} says.
 *
 * @param overdue     only open tickets whose due date has passed
 * @param dueThisWeek only open tickets due from Monday to Sunday of the current week (UTC)
 * @param text        found in the title, the description, a label or the number ("#12" or "12")
 */
public record TicketFilter(Set<TeamId> teams, ModelId model, TicketType type, Set<TicketStatus> statuses,
                           UserId assignee, boolean overdue, boolean dueThisWeek, String text) {

    public TicketFilter {
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static TicketFilter none() {
        return new TicketFilter(Set.of(), null, null, Set.of(), null, false, false, null);
    }

    public TicketFilter withTeam(TeamId team) {
        return new TicketFilter(team == null ? Set.of() : Set.of(team), model, type, statuses, assignee, overdue,
                dueThisWeek, text);
    }

    public TicketFilter withModel(ModelId newModel) {
        return new TicketFilter(teams, newModel, type, statuses, assignee, overdue, dueThisWeek, text);
    }

    public TicketFilter withType(TicketType newType) {
        return new TicketFilter(teams, model, newType, statuses, assignee, overdue, dueThisWeek, text);
    }

    public TicketFilter withStatuses(Set<TicketStatus> newStatuses) {
        return new TicketFilter(teams, model, type, newStatuses, assignee, overdue, dueThisWeek, text);
    }

    public TicketFilter withAssignee(UserId newAssignee) {
        return new TicketFilter(teams, model, type, statuses, newAssignee, overdue, dueThisWeek, text);
    }

    public TicketFilter withOverdue(boolean onlyOverdue) {
        return new TicketFilter(teams, model, type, statuses, assignee, onlyOverdue, dueThisWeek, text);
    }

    public TicketFilter withDueThisWeek(boolean onlyThisWeek) {
        return new TicketFilter(teams, model, type, statuses, assignee, overdue, onlyThisWeek, text);
    }

    public TicketFilter withText(String newText) {
        return new TicketFilter(teams, model, type, statuses, assignee, overdue, dueThisWeek, newText);
    }
}
