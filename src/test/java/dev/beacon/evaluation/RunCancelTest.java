package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.ScoreQuery;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Cancelling a run while its calls hang: it ends at once, and nothing it was still waiting for is counted. */
@IntegrationTest
class RunCancelTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;
    @Autowired
    AttachmentService attachments;
    @Autowired
    RunService runs;
    @Autowired
    ScoreQuery scores;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    ChatModelServer server;
    Team team;
    UserAccount editor;
    Model model;
    Suite suite;

    @BeforeEach
    void aSuiteOnAServerThatHolds() {
        EvalFixtures eval = new EvalFixtures(fixtures, suites);
        server = ChatModelServer.start();
        team = fixtures.team("cancel");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = eval.model(team, server);
        suite = eval.arithmetic(editor, team, 6);
        fixtures.as(editor, () -> attachments.attach(suite.id(), new AttachmentData(model.id(), null, null, BigDecimal.ZERO,
                256, 2, 600, true)));
        server.answering(EvalFixtures::rightAnswer);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_cancelled_run_ends_at_once_abandons_its_calls_and_writes_no_score() {
        Instant before = clock.instant().minusSeconds(60);
        server.hold();
        Run started = fixtures.as(editor, () -> runs.runNow(suite.id(), model.id()));
        List<RunProgress> heard = new CopyOnWriteArrayList<>();
        fixtures.as(editor, () -> runs.onProgress(started.id(), heard::add));
        await().atMost(Duration.ofSeconds(20)).until(() -> server.requests().size() == 2);

        Run cancelled = fixtures.as(editor, () -> runs.cancel(started.id()));

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.errorReason()).isEqualTo("Cancelled by " + editor.displayName());
        assertThat(cancelled.accuracy()).isNull();
        assertThat(heard).last().satisfies(progress -> assertThat(progress.status()).isEqualTo(RunStatus.CANCELLED));

        server.release();
        // the two calls in flight now answer; the run must neither count them nor start the other four
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> server.requests().size() == 2);
        RunDetails details = fixtures.as(editor, () -> runs.details(started.id()));
        assertThat(details.run().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(details.run().done()).isZero();
        assertThat(details.results()).isEmpty();
        rollups.runOnce();
        fixtures.as(editor, () -> assertThat(scores.names(model.id(), before, clock.instant().plusSeconds(60))).isEmpty());
    }

    @Test
    void cancelling_a_finished_run_leaves_it_as_it_is() {
        Run started = fixtures.as(editor, () -> runs.runNow(suite.id(), model.id()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> fixtures.as(editor, () -> runs.run(started.id())).status().finished());

        Run after = fixtures.as(editor, () -> runs.cancel(started.id()));

        assertThat(after.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(after.accuracy()).isEqualTo(1.0);
    }

    @Test
    void progress_listeners_hear_every_finished_case_and_the_end() {
        Run started = fixtures.as(editor, () -> runs.runNow(suite.id(), model.id()));
        List<RunProgress> heard = new CopyOnWriteArrayList<>();
        fixtures.as(editor, () -> runs.onProgress(started.id(), heard::add));

        await().atMost(Duration.ofSeconds(30)).until(() -> !heard.isEmpty() && heard.getLast().status().finished());

        assertThat(heard.getLast()).isEqualTo(new RunProgress(started.id(), 6, 6, RunStatus.COMPLETED));
        assertThat(heard).allSatisfy(progress -> assertThat(progress.total()).isEqualTo(6));
        assertThat(fixtures.as(editor, () -> runs.progress(started.id()))).isEqualTo(heard.getLast());
    }
}
