package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An LLM judge is another model of the team, called like the model under test; its verdict is read strictly. */
@IntegrationTest
class JudgedRunTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;
    @Autowired
    RunService runs;
    @Autowired
    ModelCredentials credentials;

    ChatModelServer modelServer;
    ChatModelServer judgeServer;
    Team team;
    UserAccount editor;
    Model model;
    Model judge;
    Suite suite;

    @BeforeEach
    void aModelAndAJudge() {
        EvalFixtures eval = new EvalFixtures(fixtures, suites);
        modelServer = ChatModelServer.start();
        judgeServer = ChatModelServer.start();
        team = fixtures.team("judged");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = eval.model(team, modelServer);
        judge = eval.model(team, judgeServer);
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("Describe the capital of France.", "Paris, on the Seine");
        questions.put("Describe the capital of Italy.", "Rome, on the Tiber");
        questions.put("Describe the capital of Spain.", "Madrid, in the centre");
        suite = eval.suite(editor, team, new Scorer.LlmJudge(judge.id(), "Name the right city.", 0.7), questions);
        modelServer.answering(question -> switch (question) {
            case "Describe the capital of France." -> "good: Paris";
            case "Describe the capital of Italy." -> "meh: Milan";
            default -> "odd: Barcelona";
        });
        judgeServer.answering(task -> {
            if (task.contains("<answer>\ngood")) {
                return "{\"score\": 0.9, \"reason\": \"Names Paris\"}";
            }
            if (task.contains("<answer>\nmeh")) {
                return "```json\n{\"score\": 0.2, \"reason\": \"Milan is not the capital\"}\n```";
            }
            return "Looks right to me! {\"score\": 1, \"reason\": \"fine\"}";
        });
    }

    @AfterEach
    void stopServers() {
        modelServer.close();
        judgeServer.close();
    }

    @Test
    void the_judge_scores_each_answer_and_a_garbage_verdict_errors_the_case_instead_of_passing_it() {
        fixtures.as(editor, () -> credentials.setApiKey(judge.id(), "sk-judge-42"));

        Run run = finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.errored()).isEqualTo(1);
        assertThat(run.accuracy()).isEqualTo(0.5);
        var results = fixtures.as(editor, () -> runs.details(run.id())).results();
        assertThat(results.get(0).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(results.get(0).score()).isEqualTo(0.9);
        assertThat(results.get(0).reason()).isEqualTo("Names Paris");
        assertThat(results.get(1).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(results.get(1).reason()).isEqualTo("Milan is not the capital");
        assertThat(results.get(2).outcome()).isEqualTo(Outcome.ERRORED);
        assertThat(results.get(2).score()).isNull();
        assertThat(results.get(2).reason()).startsWith("The judge's verdict could not be read");
        assertThat(results.get(2).answer()).as("the model's answer is kept").isEqualTo("odd: Barcelona");

        assertThat(judgeServer.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.model()).isEqualTo(judge.data().servedModelName());
            assertThat(request.authorization()).isEqualTo("Bearer sk-judge-42");
            assertThat(request.json().path("messages").get(0).path("role").asString()).isEqualTo("system");
            assertThat(request.question()).contains("<rubric>\nName the right city.\n</rubric>");
        });
        assertThat(modelServer.requests()).allSatisfy(request -> assertThat(request.authorization()).isNull());
    }

    @Test
    void a_judge_that_is_down_errors_the_cases_it_should_have_scored() {
        judgeServer.stop();

        Run run = finished(fixtures.as(editor, () -> runs.runNow(suite.id(), model.id())));

        assertThat(run.status()).isEqualTo(RunStatus.ERRORED);
        assertThat(run.errorReason()).isEqualTo("3 of 3 calls failed: the judge could not be asked: Connection refused (127.0.0.1:"
                + judgeServer.port() + ")");
    }

    private Run finished(Run started) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> fixtures.as(editor, () -> runs.run(started.id())).status().finished());
        return fixtures.as(editor, () -> runs.run(started.id()));
    }
}
