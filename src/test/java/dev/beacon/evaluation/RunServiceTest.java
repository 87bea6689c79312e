package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.telemetry.ScoreQuery;
import dev.beacon.telemetry.ScoreStatistic;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Runs against a real HTTP server that answers like vLLM: what the run counts, stores and reports. */
@IntegrationTest
class RunServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;
    @Autowired
    AttachmentService attachments;
    @Autowired
    RunService runs;
    @Autowired
    ModelCredentials credentials;
    @Autowired
    ScoreQuery scores;
    @Autowired
    RollupJob rollups;
    @Autowired
    MutableClock clock;

    EvalFixtures eval;
    ChatModelServer server;
    Team team;
    UserAccount editor;
    Model model;

    @BeforeEach
    void aTeamWithAModelOnTheServer() {
        eval = new EvalFixtures(fixtures, suites);
        server = ChatModelServer.start();
        team = fixtures.team("runs");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = eval.model(team, server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_run_sends_every_case_and_reports_exact_accuracy_latency_and_tokens() {
        Suite suite = eval.arithmetic(editor, team, 10);
        server.answering(question -> EvalFixtures.number(question) <= 8 ? EvalFixtures.rightAnswer(question) : "I do not know");

        Run started = fixtures.as(editor, () -> runs.runNow(suite.id(), model.id()));
        assertThat(started.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(started.totalCases()).isEqualTo(10);
        Run run = finished(started);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.passed()).isEqualTo(8);
        assertThat(run.failed()).isEqualTo(2);
        assertThat(run.errored()).isZero();
        assertThat(run.accuracy()).isEqualTo(0.8);
        assertThat(run.errorReason()).isNull();
        assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL);
        assertThat(run.modelVersionLabel()).isEqualTo("v1");
        assertThat(run.startedBy()).isEqualTo(editor.displayName());
        assertThat(run.latencyP50Ms()).isPositive();
        assertThat(run.latencyP95Ms()).isGreaterThanOrEqualTo(run.latencyP50Ms());
        // the server counts words: "What is N + N?" is 5 prompt tokens; "2N" is 1, "I do not know" 4 completion tokens
        assertThat(run.promptTokens()).isEqualTo(50);
        assertThat(run.completionTokens()).isEqualTo(8 + 2 * 4);

        RunDetails details = fixtures.as(editor, () -> runs.details(run.id()));
        assertThat(details.results()).hasSize(10);
        CaseResult ninth = details.results().get(8);
        assertThat(ninth.question()).isEqualTo("What is 9 + 9?");
        assertThat(ninth.expected()).isEqualTo("18");
        assertThat(ninth.answer()).isEqualTo("I do not know");
        assertThat(ninth.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(details.results().getFirst().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(details.results().getFirst().answer()).isEqualTo("2");

        assertThat(server.requests()).hasSize(10).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.model()).isEqualTo(model.data().servedModelName());
            assertThat(request.json().path("temperature").asDouble()).isZero();
            assertThat(request.json().path("max_tokens").asInt()).isEqualTo(256);
            assertThat(request.json().path("stream").asBoolean()).isFalse();
            assertThat(request.authorization()).isNull();
        });
    }

    @Test
    void the_accuracy_lands_in_the_model_score_series_that_dashboards_and_alerts_read() {
        Suite suite = eval.arithmetic(editor, team, 4);
        server.answering(question -> EvalFixtures.number(question) <= 3 ? EvalFixtures.rightAnswer(question) : "no");
        Instant before = clock.instant().minusSeconds(60);

        finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));
        rollups.runOnce();

        Instant after = clock.instant().plusSeconds(60);
        fixtures.as(editor, () -> {
            assertThat(scores.names(model.id(), before, after)).contains("accuracy", suite.scoreName());
            assertThat(scores.value(model.id(), "accuracy", ScoreStatistic.AVERAGE, before, after)).isEqualTo(0.75);
            assertThat(scores.value(model.id(), suite.scoreName(), ScoreStatistic.AVERAGE, before, after)).isEqualTo(0.75);
        });
    }

    @Test
    void an_endpoint_that_is_down_errors_the_run_with_its_reason_never_accuracy_zero() {
        Suite suite = eval.arithmetic(editor, team, 5);
        server.stop();
        Instant before = clock.instant().minusSeconds(60);

        Run run = finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));
        rollups.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.ERRORED);
        assertThat(run.accuracy()).isNull();
        assertThat(run.errored()).isEqualTo(5);
        assertThat(run.errorReason()).isEqualTo("5 of 5 calls failed: connection refused (127.0.0.1:" + server.port() + ")");
        fixtures.as(editor, () -> assertThat(scores.names(model.id(), before, clock.instant().plusSeconds(60))).isEmpty());
    }

    @Test
    void timeouts_on_most_cases_error_the_run() {
        Suite suite = eval.arithmetic(editor, team, 5);
        attach(suite, 2, 5);
        server.replying(question -> EvalFixtures.number(question) <= 3
                ? ChatModelServer.Reply.slowly(Duration.ofSeconds(6), EvalFixtures.rightAnswer(question))
                : ChatModelServer.Reply.answer(EvalFixtures.rightAnswer(question)));

        Run run = finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));

        assertThat(run.status()).isEqualTo(RunStatus.ERRORED);
        assertThat(run.accuracy()).isNull();
        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.errored()).isEqualTo(3);
        assertThat(run.errorReason()).isEqualTo("3 of 5 calls failed: no answer within 2 s (127.0.0.1:" + server.port() + ")");
    }

    @Test
    void a_few_failed_calls_leave_the_run_completed_with_its_errored_count() {
        Suite suite = eval.arithmetic(editor, team, 6);
        server.replying(question -> switch (EvalFixtures.number(question)) {
            case 1 -> ChatModelServer.Reply.error(500);
            case 2 -> ChatModelServer.Reply.raw("<html>Bad gateway</html>");
            case 3 -> ChatModelServer.Reply.answer("wrong");
            default -> ChatModelServer.Reply.answer(EvalFixtures.rightAnswer(question));
        });

        Run run = finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.errored()).isEqualTo(2);
        assertThat(run.passed()).isEqualTo(3);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.accuracy()).as("errored cases count neither way").isEqualTo(0.75);
        RunDetails details = fixtures.as(editor, () -> runs.details(run.id()));
        assertThat(details.results().get(0).reason()).isEqualTo("HTTP 500 from 127.0.0.1:" + server.port());
        assertThat(details.results().get(0).answer()).isNull();
        assertThat(details.results().get(1).reason()).isEqualTo("The endpoint's response is not JSON");
    }

    @Test
    void the_model_api_key_goes_to_the_endpoint_as_a_bearer_token() {
        Suite suite = eval.arithmetic(editor, team, 2);
        server.answering(EvalFixtures::rightAnswer);
        fixtures.as(editor, () -> credentials.setApiKey(model.id(), "sk-eval-0123456789"));

        finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));

        assertThat(server.requests()).hasSize(2)
                .allSatisfy(request -> assertThat(request.authorization()).isEqualTo("Bearer sk-eval-0123456789"));
    }

    @Test
    void an_attachment_s_settings_shape_the_run_sample_temperature_and_tokens() {
        Suite suite = eval.arithmetic(editor, team, 10);
        fixtures.as(editor, () -> attachments.attach(suite.id(), new AttachmentData(model.id(), null, 3,
                new BigDecimal("0.70"), 64, 3, 30, true)));
        server.answering(EvalFixtures::rightAnswer);

        Run run = finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));

        assertThat(run.totalCases()).isEqualTo(3);
        assertThat(run.accuracy()).isEqualTo(1.0);
        assertThat(server.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.json().path("temperature").asDouble()).isEqualTo(0.7);
            assertThat(request.json().path("max_tokens").asInt()).isEqualTo(64);
        });
        assertThat(server.requests().stream().map(ChatModelServer.Received::question).distinct()).hasSize(3);
    }

    @Test
    void long_answers_are_kept_up_to_4_kb_cut_at_a_character_boundary() {
        Suite suite = eval.arithmetic(editor, team, 1);
        server.answering(question -> "2" + "ü".repeat(3000));

        Run run = finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));

        String answer = fixtures.as(editor, () -> runs.details(run.id())).results().getFirst().answer();
        assertThat(answer).startsWith("2ü").hasSize(1 + 2047);
        assertThat(answer.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(4095);
    }

    private void attach(Suite suite, int timeoutSeconds, int concurrency) {
        fixtures.as(editor, () -> attachments.attach(suite.id(), new AttachmentData(model.id(), null, null, BigDecimal.ZERO,
                256, concurrency, timeoutSeconds, true)));
    }

    private Run finished(Run started) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> fixtures.as(editor, () -> runs.run(started.id())).status().finished());
        return fixtures.as(editor, () -> runs.run(started.id()));
    }
}
