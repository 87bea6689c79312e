package dev.beacon.demo;

import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelService;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Gives every demo team an in-app channel, so the demo's degradations ring the bell of the team's members (sign in as
 * olivia to see llama-3.1-70b-instruct's latency alerts arrive). A team that has any channel is left alone: restarts
 * never duplicate channels nor undo an owner's changes.
 */
@Component
@Profile("demo")
@Order(21)
class DemoNotificationChannels implements ApplicationRunner {

    static final String NAME = "Team bell";

    private static final Logger log = LoggerFactory.getLogger(DemoNotificationChannels.class);

    private final RunAs runAs;
    private final TeamService teams;
    private final ChannelService channels;

    DemoNotificationChannels(RunAs runAs, TeamService teams, ChannelService channels) {
        this.runAs = runAs;
        this.teams = teams;
        this.channels = channels;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = runAs.user("admin", () -> {
            int count = 0;
            for (TeamOverview team : teams.myTeams()) {
                if (isDemoTeam(team) && channels.channels(team.id()).isEmpty()) {
                    channels.create(team.id(), ChannelData.inApp(NAME, List.of()));
                    count++;
                }
            }
            return count;
        });
        if (added > 0) {
            log.info("Added an in-app channel to {} demo teams", added);
        }
    }

    private static boolean isDemoTeam(TeamOverview team) {
        return DemoCatalog.TEAMS.stream().anyMatch(demo -> demo.name().equals(team.name()));
    }
}
