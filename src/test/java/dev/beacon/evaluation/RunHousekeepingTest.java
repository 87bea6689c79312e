package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.evaluation.internal.JooqRunRepository;
import dev.beacon.evaluation.internal.NewRun;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.TelemetryRetentionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Runs of stopped instances are closed; answers are forgotten with the team's raw telemetry. */
@IntegrationTest
class RunHousekeepingTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;
    @Autowired
    RunService runs;
    @Autowired
    RunHousekeeping housekeeping;
    @Autowired
    RunExecutor executor;
    @Autowired
    JooqRunRepository repository;
    @Autowired
    TelemetryRetentionService retention;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;

    ChatModelServer server;
    Team team;
    UserAccount editor;
    Model model;
    Suite suite;

    @BeforeEach
    void aSuiteOnAModel() {
        EvalFixtures eval = new EvalFixtures(fixtures, suites);
        server = ChatModelServer.start().answering(EvalFixtures::rightAnswer);
        team = fixtures.team("housekeeping");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = eval.model(team, server);
        suite = eval.arithmetic(editor, team, 2);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_run_left_running_by_a_stopped_instance_is_closed_as_errored() {
        RunId orphan = transactions.execute(status -> repository.insert(new NewRun(team.id(), suite.id(), model.id(), null,
                RunTrigger.MANUAL, null, "v1", AttachmentData.defaults(model.id()).settings(), 2, null, clock.instant(),
                "pid 1 gone-instance")));
        assertThat(housekeeping.closeStaleRuns()).doesNotContain(orphan);

        clock.advance(Duration.ofMinutes(3));

        assertThat(housekeeping.closeStaleRuns()).contains(orphan);
        Run closed = fixtures.as(editor, () -> runs.run(orphan));
        assertThat(closed.status()).isEqualTo(RunStatus.ERRORED);
        assertThat(closed.errorReason()).isEqualTo("Beacon stopped during the run");
        assertThat(closed.accuracy()).isNull();
    }

    @Test
    void a_live_run_keeps_its_heartbeat_and_is_not_closed() {
        server.hold();
        Run started = fixtures.as(editor, () -> runs.runNow(suite.id(), model.id()));
        await().atMost(Duration.ofSeconds(20)).until(() -> server.requests().size() == 2);
        try {
            clock.advance(Duration.ofMinutes(3));
            housekeeping.heartbeat();

            assertThat(housekeeping.closeStaleRuns()).doesNotContain(started.id());
            assertThat(fixtures.as(editor, () -> runs.run(started.id())).status()).isEqualTo(RunStatus.RUNNING);
        } finally {
            server.release();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(editor, () -> runs.run(started.id())).status()
                == RunStatus.COMPLETED);
    }

    @Test
    void an_instance_that_shuts_down_closes_its_runs_as_errored_at_once() {
        server.hold();
        Run started = fixtures.as(editor, () -> runs.runNow(suite.id(), model.id()));
        await().atMost(Duration.ofSeconds(20)).until(() -> server.requests().size() == 2);

        housekeeping.destroy();

        Run closed = fixtures.as(editor, () -> runs.run(started.id()));
        assertThat(closed.status()).isEqualTo(RunStatus.ERRORED);
        assertThat(closed.errorReason()).isEqualTo("Beacon stopped during the run");
        server.release();
        await().atMost(Duration.ofSeconds(5)).until(() -> executor.handle(started.id()).isEmpty());
        assertThat(fixtures.as(editor, () -> runs.details(started.id())).results()).isEmpty();
    }

    @Test
    void a_run_cancelled_on_another_instance_stops_here_at_the_next_heartbeat() {
        server.hold();
        Run started = fixtures.as(editor, () -> runs.runNow(suite.id(), model.id()));
        await().atMost(Duration.ofSeconds(20)).until(() -> server.requests().size() == 2);
        transactions.execute(status -> repository.cancel(started.id(), "Cancelled by someone elsewhere", clock.instant()));

        housekeeping.heartbeat();

        await().atMost(Duration.ofSeconds(5)).until(() -> executor.handle(started.id()).isEmpty());
        server.release();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> fixtures.as(editor, () -> runs.details(started.id())).results().isEmpty());
        assertThat(fixtures.as(editor, () -> runs.run(started.id())).status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void answers_are_forgotten_with_the_team_s_raw_telemetry_and_the_results_stay() {
        Team keepsLonger = fixtures.team("keeps-longer");
        fixtures.member(keepsLonger, editor, TeamRole.EDITOR);
        fixtures.asAdmin(() -> retention.setRawRetentionDays(keepsLonger.id(), 90));
        EvalFixtures eval = new EvalFixtures(fixtures, suites);
        Model longModel = eval.model(keepsLonger, server);
        Suite longSuite = eval.arithmetic(editor, keepsLonger, 1);
        Run shortLived = finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));
        Run longLived = finished(fixtures.as(editor, () -> runs.runNow(longSuite.id(), longModel.id())));
        assertThat(housekeeping.forgetOldAnswers()).as("nothing is old yet").isZero();

        clock.advance(Duration.ofDays(31));
        housekeeping.forgetOldAnswers();

        RunDetails forgotten = fixtures.as(editor, () -> runs.details(shortLived.id()));
        assertThat(forgotten.results()).hasSize(2).allSatisfy(result -> {
            assertThat(result.answer()).isNull();
            assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
        });
        assertThat(forgotten.run().accuracy()).isEqualTo(1.0);
        assertThat(fixtures.as(editor, () -> runs.details(longLived.id())).results().getFirst().answer()).isEqualTo("2");
    }

    private Run finished(Run started) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> fixtures.as(editor, () -> runs.run(started.id())).status().finished());
        return fixtures.as(editor, () -> runs.run(started.id()));
    }
}
