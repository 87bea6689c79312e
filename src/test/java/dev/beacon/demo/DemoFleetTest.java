package dev.beacon.demo;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelService;
import dev.beacon.security.RunAs;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserAdminService;
import dev.beacon.simulator.Feed;
import dev.beacon.simulator.ScheduledDegradation;
import dev.beacon.telemetry.IngestionKey;
import dev.beacon.telemetry.IngestionKeyService;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo's side of the simulated fleet, run directly in the shared test context (the demo profile stays off):
 * which models it runs, the keys its clients send with, and the history it writes once.
 */
@IntegrationTest
class DemoFleetTest {

    @Autowired
    RunAs runAs;
    @Autowired
    UserAdminService users;
    @Autowired
    TeamService teams;
    @Autowired
    ModelService models;
    @Autowired
    ModelDirectory directory;
    @Autowired
    IngestionKeyService keyService;
    @Autowired
    IngestionService ingestion;
    @Autowired
    TelemetryQueryService telemetry;
    @Autowired
    RollupJob rollups;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MutableClock clock;

    List<FleetMember> fleet;

    @BeforeEach
    void seededDemo() {
        new DemoDataSeeder(runAs, users, teams, models, DemoFleetSettings.defaults()).run(new DefaultApplicationArguments());
        fleet = new DemoFleetMembers(runAs, teams, directory).find(DemoCatalog.DEFAULT_BASE_PORT);
    }

    @Test
    void the_fleet_runs_every_demo_model_on_its_port_and_feeds_each_by_one_path() {
        assertThat(fleet).extracting(FleetMember::name, member -> member.simulated().port(), member -> member.simulated().feed())
                .containsExactly(tuple("llama-3.1-70b-instruct", 18001, Feed.SCRAPE), tuple("qwen2.5-coder-32b", 18002, Feed.SCRAPE),
                        tuple("mixtral-8x7b-instruct", 18003, Feed.SCRAPE), tuple("mistral-7b-support-ft", 18004, Feed.EVENTS),
                        tuple("phi-3-mini-eval", 18005, Feed.SCRAPE), tuple("gemma-2-9b", 18006, Feed.EVENTS),
                        tuple("support-assistant", 18007, Feed.SPANS), tuple("ticket-triage", 18008, Feed.SCRAPE));
        assertThat(fleet).allSatisfy(member -> assertThat(member.simulated().traffic()).as(member.name()).isNotNull());
        assertThat(DemoFleetPlan.SCHEDULE).extracting(ScheduledDegradation::model)
                .isSubsetOf(fleet.stream().map(FleetMember::name).toList());
        assertThat(new DemoFleetMembers(runAs, teams, directory).find(19001)).as("no demo model points at port 19001 and up")
                .isEmpty();
    }

    @Test
    void each_start_leaves_one_active_generator_key_per_team_made_by_its_owner() {
        DemoIngestionKeys keys = new DemoIngestionKeys(runAs, keyService, clock);
        FleetMember assistant = member("support-assistant");

        String first = keys.renew(assistant.entry().team(), "Support Bots");
        String second = keys.renew(assistant.entry().team(), "Support Bots");

        List<IngestionKey> generatorKeys = fixtures.asAdmin(() -> keyService.keys(assistant.entry().team())).stream()
                .filter(key -> key.name().equals(DemoIngestionKeys.NAME)).toList();
        assertThat(first).isNotEqualTo(second).startsWith("bik_");
        assertThat(generatorKeys).filteredOn(key -> key.status(clock.instant()) == IngestionKey.Status.ACTIVE).hasSize(1)
                .allSatisfy(key -> assertThat(key.createdBy()).isEqualTo("nina"));
        assertThat(generatorKeys).filteredOn(key -> key.status(clock.instant()) == IngestionKey.Status.REVOKED).isNotEmpty();
    }

    @Test
    void history_is_written_once_for_a_demo_model_without_telemetry() {
        DemoHistory history = new DemoHistory(ingestion, telemetry, runAs);
        List<FleetMember> gemma = List.of(member("gemma-2-9b"));

        int first = history.backfillMissing(gemma, clock.instant());
        rollups.runOnce();
        int again = history.backfillMissing(gemma, clock.instant());

        assertThat(first).isEqualTo(1);
        assertThat(again).as("it has history now").isZero();
    }

    private FleetMember member(String name) {
        return fleet.stream().filter(member -> member.name().equals(name)).findFirst().orElseThrow();
    }
}
