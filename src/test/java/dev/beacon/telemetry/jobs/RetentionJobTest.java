package dev.beacon.telemetry.jobs;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.internal.JooqRetentionRepository;
import dev.beacon.telemetry.rollup.RollupJob;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static dev.beacon.jooq.Tables.ROLLUP_MINUTE;
import static dev.beacon.telemetry.TelemetryTestData.callerFor;
import static dev.beacon.telemetry.TelemetryTestData.event;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RetentionJobTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RetentionJob retention;
    @Autowired
    RollupJob rollups;
    @Autowired
    JooqRetentionRepository retentionSettings;
    @Autowired
    DSLContext db;
    @Autowired
    MutableClock clock;

    @Test
    void raw_data_older_than_the_teams_retention_goes_with_its_whole_day_partition() {
        Team team = fixtures.team("retention");
        Model model = fixtures.model(team, "llm");
        Instant now = clock.instant();
        Instant fiveDaysAgo = now.minus(Duration.ofDays(5));
        ingestion.ingestEvents(callerFor(team), List.of(event(model.id().toString(), fiveDaysAgo, 100),
                event(model.id().toString(), now, 100)), EventSource.API, true);
        String old = partition(team, fiveDaysAgo);
        String current = partition(team, now);
        assertThat(exists(old)).isTrue();

        retentionSettings.setRawDays(team.id(), 2, now);
        List<String> dropped = retention.runOnce();

        assertThat(dropped).contains(old).doesNotContain(current);
        assertThat(exists(old)).isFalse();
        assertThat(exists(current)).isTrue();
        assertThat(exists(partition(team, now.plus(Duration.ofDays(1))))).as("tomorrow's partition made ahead").isTrue();
    }

    @Test
    void deleting_a_model_removes_its_rollups() {
        Team team = fixtures.team("deleted");
        Model model = fixtures.model(team, "llm");
        ingestion.ingestEvents(callerFor(team), List.of(event(model.id().toString(), clock.instant(), 100)), EventSource.API, true);
        rollups.runOnce();
        assertThat(db.fetchCount(ROLLUP_MINUTE, ROLLUP_MINUTE.MODEL_ID.eq(model.id()))).isEqualTo(1);

        fixtures.deleteModel(model);

        assertThat(db.fetchCount(ROLLUP_MINUTE, ROLLUP_MINUTE.MODEL_ID.eq(model.id()))).isZero();
    }

    private static String partition(Team team, Instant day) {
        return "request_event_" + team.id().value().toString().replace("-", "") + "_"
                + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(day, ZoneOffset.UTC));
    }

    private boolean exists(String table) {
        return db.fetchSingle("select to_regclass(?) is not null", table).get(0, Boolean.class);
    }
}
