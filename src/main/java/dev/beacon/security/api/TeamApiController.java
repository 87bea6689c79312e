package dev.beacon.security.api;

import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Which teams the token's owner belongs to, to know where models may be registered. */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams")
class TeamApiController {

    record TeamResource(UUID id, String name, String description, TeamRole myRole, int memberCount) {
    }

    private final TeamService teams;

    TeamApiController(TeamService teams) {
        this.teams = teams;
    }

    @GetMapping
    @Operation(summary = "Your teams and your role in each (ADMINs see every team)")
    List<TeamResource> myTeams() {
        return teams.myTeams().stream()
                .map(team -> new TeamResource(team.id().value(), team.name(), team.description(), team.myRole(), team.memberCount()))
                .toList();
    }
}
