package dev.beacon.maintenance.ui;

import dev.beacon.maintenance.ModelChoice;
import dev.beacon.maintenance.TicketService;
import dev.beacon.registry.TeamChoice;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the ticket views offer to pick — teams, models, assignees — read from the ticket service once per view and
 * per team, when first needed.
 */
final class TicketChoices {

    private final TicketService tickets;
    private final UserId me;
    private final Map<TeamId, List<ModelChoice>> models = new HashMap<>();
    private final Map<TeamId, List<Person>> people = new HashMap<>();
    private List<TeamChoice> teams;
    private List<TeamChoice> editableTeams;

    private TicketChoices(TicketService tickets, UserId me) {
        this.tickets = tickets;
        this.me = me;
    }

    static TicketChoices of(TicketService tickets, CurrentUser user) {
        return new TicketChoices(tickets, user.id());
    }

    UserId me() {
        return me;
    }

    List<TeamChoice> teams() {
        if (teams == null) {
            teams = tickets.teamsICanSee();
        }
        return teams;
    }

    /** Teams the user may open and change tickets in (EDITOR or OWNER). */
    List<TeamChoice> editableTeams() {
        if (editableTeams == null) {
            editableTeams = tickets.teamsICanEditIn();
        }
        return editableTeams;
    }

    boolean canCreate() {
        return !editableTeams().isEmpty();
    }

    boolean canEdit(TeamId team) {
        return editableTeams().stream().anyMatch(choice -> choice.id().equals(team));
    }

    List<ModelChoice> models(TeamId team) {
        return models.computeIfAbsent(team, tickets::modelChoices);
    }

    /** Every model of the user's teams, for the filters; names of several teams' models say whose they are. */
    List<ModelChoice> models() {
        boolean severalTeams = teams().size() > 1;
        return teams().stream().flatMap(team -> models(team.id()).stream()
                        .map(model -> severalTeams ? new ModelChoice(model.id(), model.name() + " (" + team.name() + ")") : model))
                .sorted(Comparator.comparing(choice -> choice.name().toLowerCase()))
                .toList();
    }

    /** The team's EDITORs and OWNERs, who tickets may be assigned to. */
    List<Person> assignable(TeamId team) {
        return people.computeIfAbsent(team, id -> tickets.assignableMembers(id).stream()
                .map(member -> new Person(member.id(), member.displayName())).toList());
    }

    /** Everyone a ticket of the user's teams may be assigned to, by name, for the assignee filter. */
    List<Person> people() {
        Map<UserId, Person> everyone = new LinkedHashMap<>();
        teams().forEach(team -> assignable(team.id()).forEach(person -> everyone.putIfAbsent(person.id(), person)));
        return everyone.values().stream().sorted(Comparator.comparing(person -> person.name().toLowerCase())).toList();
    }

    /** The team the model belongs to, if the user may open tickets there. */
    Optional<TeamChoice> teamOf(ModelId model) {
        return editableTeams().stream()
                .filter(team -> models(team.id()).stream().anyMatch(choice -> choice.id().equals(model)))
                .findFirst();
    }
}
