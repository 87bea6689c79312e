package dev.beacon.telemetry;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TelemetryOverviewServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TelemetryOverviewService overviews;

    @Test
    void a_viewer_of_the_team_reads_the_overview_with_the_models_monitoring_settings() {
        Team team = fixtures.team("overview");
        Model model = fixtures.model(team, "watched");
        UserAccount viewer = fixtures.user("viewer");
        fixtures.member(team, viewer, TeamRole.VIEWER);

        TelemetryOverview overview = fixtures.as(viewer, () -> overviews.overview(model.id()));

        assertThat(overview.metricsUrl()).isEqualTo("http://gpu-node-1:8000/metrics");
        assertThat(overview.scrapeEnabled()).isTrue();
        assertThat(overview.lastScrape()).isNull();
        assertThat(overview.hasFigures()).isFalse();
    }

    @Test
    void the_overview_says_which_client_paths_feed_the_model_and_when_they_last_did(@Autowired IngestionService ingestion,
                                                                                  @Autowired MutableClock clock) {
        Team team = fixtures.team("sources");
        Model model = fixtures.model(team, "fed");
        assertThat(fixtures.asAdmin(() -> overviews.overview(model.id())).lastApiData()).isNull();

        Instant now = clock.instant();
        ingestion.ingestEvents(TelemetryTestData.callerFor(team), List.of(TelemetryTestData.event(model.id().toString(), now, 120)),
                EventSource.API, true);

        TelemetryOverview overview = fixtures.asAdmin(() -> overviews.overview(model.id()));
        assertThat(overview.lastApiData()).isAfterOrEqualTo(now);
        assertThat(overview.lastOtlpData()).isNull();
    }

    @Test
    void for_someone_outside_the_team_the_model_does_not_exist() {
        Model model = fixtures.model(fixtures.team("overview"), "private");
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);

        assertThatThrownBy(() -> fixtures.as(outsider, () -> overviews.overview(model.id())))
                .isInstanceOf(NotFoundException.class);
    }
}
