package dev.beacon.demo;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.notification.Channel;
import dev.beacon.notification.ChannelService;
import dev.beacon.notification.ChannelType;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserAdminService;
import dev.beacon.registry.ModelService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo teams' in-app channel: there after seeding, so the demo's alerts ring the members' bell; never twice. */
@IntegrationTest
class DemoNotificationChannelsTest {

    @Autowired
    RunAs runAs;
    @Autowired
    UserAdminService users;
    @Autowired
    TeamService teams;
    @Autowired
    ModelService models;
    @Autowired
    ChannelService channels;
    @Autowired
    TestFixtures fixtures;

    @BeforeEach
    void seeded() {
        new DemoDataSeeder(runAs, users, teams, models, DemoFleetSettings.defaults()).run(new DefaultApplicationArguments());
        addChannels();
    }

    @Test
    void every_demo_team_rings_the_bell_of_all_its_members() {
        for (DemoCatalog.DemoTeam demo : DemoCatalog.TEAMS) {
            assertThat(channelsOf(demo.name())).singleElement().satisfies(channel -> {
                assertThat(channel.data().name()).isEqualTo(DemoNotificationChannels.NAME);
                assertThat(channel.data().type()).isEqualTo(ChannelType.IN_APP);
                assertThat(channel.data().enabled()).isTrue();
                assertThat(channel.data().recipients()).as("empty means every member").isEmpty();
            });
        }
    }

    @Test
    void starting_again_adds_no_second_channel() {
        addChannels();

        for (DemoCatalog.DemoTeam demo : DemoCatalog.TEAMS) {
            assertThat(channelsOf(demo.name())).hasSize(1);
        }
    }

    private void addChannels() {
        new DemoNotificationChannels(runAs, teams, channels).run(new DefaultApplicationArguments());
    }

    private List<Channel> channelsOf(String teamName) {
        return fixtures.asAdmin(() -> {
            TeamOverview team = teams.myTeams().stream().filter(t -> t.name().equals(teamName)).findFirst().orElseThrow();
            return channels.channels(team.id());
        });
    }
}
