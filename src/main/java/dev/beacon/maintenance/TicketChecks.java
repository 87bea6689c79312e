package dev.beacon.maintenance;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.MemberDirectory;
import dev.beacon.security.TeamMember;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.springframework.stereotype.Component;

import java.util.List;

/** The rules a ticket's data must keep that depend on its team: whose work it may be, which model it may be about. */
@Component
class TicketChecks {

    private final MemberDirectory members;
    private final ModelDirectory models;

    TicketChecks(MemberDirectory members, ModelDirectory models) {
        this.members = members;
        this.models = models;
    }

    /** Enabled EDITORs and OWNERs of the team: the people who may do its work. */
    List<TeamMember> assignable(TeamId team) {
        return members.members(team).stream()
                .filter(member -> member.enabled() && member.role().includes(TeamRole.EDITOR))
                .toList();
    }

    boolean isAssignable(TeamId team, UserId user) {
        return assignable(team).stream().anyMatch(member -> member.userId().equals(user));
    }

    void requireAssignable(TeamId team, UserId assignee) {
        if (assignee != null && !isAssignable(team, assignee)) {
            throw new InvalidInputException("assigneeId", "Choose an editor or owner of the ticket's team");
        }
    }

    /** The model, which must belong to the team; null for team-wide work. */
    ModelEntry requireModelOfTeam(TeamId team, TicketData data) {
        if (data.modelId() == null) {
            return null;
        }
        return models.find(data.modelId())
                .filter(model -> model.team().equals(team))
                .orElseThrow(() -> new InvalidInputException("modelId", "Choose a model of the ticket's team"));
    }
}
