package dev.beacon.demo;

import dev.beacon.security.RunAs;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamService;
import dev.beacon.shared.TeamId;
import org.slf4j.Logger;

import java.util.Optional;

/**
 * Seeds something once per demo team that exists: a team the seeding step refuses is logged and skipped, so one
 * team's changed setup never keeps Beacon from starting nor the other teams from getting their demo data.
 */
final class PerDemoTeam {

    /** Seeds one team (its name and id); returns how many things it added. */
    interface Step {
        int seed(String teamName, TeamId team);
    }

    private PerDemoTeam() {
    }

    /** The total the step added over all demo teams; {@code what} names it in the warning, e.g. "tickets". */
    static int seed(RunAs runAs, TeamService teams, Logger log, String what, Step step) {
        int added = 0;
        for (DemoCatalog.DemoTeam demo : DemoCatalog.TEAMS) {
            try {
                Optional<TeamId> team = runAs.user(DemoCatalog.ownerOf(demo.name()), () -> teams.myTeams().stream()
                        .filter(overview -> overview.name().equals(demo.name())).map(TeamOverview::id).findFirst());
                if (team.isPresent()) {
                    added += step.seed(demo.name(), team.get());
                }
            } catch (RuntimeException refused) {
                log.warn("The demo {} of {} are incomplete: {}", what, demo.name(), refused.getMessage());
            }
        }
        return added;
    }
}
