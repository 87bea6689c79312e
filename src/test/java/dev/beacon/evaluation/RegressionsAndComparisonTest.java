package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Cases that passed before and fail now are marked; two runs of a suite line up case by case, regressed first. */
@IntegrationTest
class RegressionsAndComparisonTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;
    @Autowired
    RunService runs;
    @Autowired
    RunCompareService comparisons;

    EvalFixtures eval;
    ChatModelServer server;
    Team team;
    UserAccount editor;
    Model model;
    Suite suite;

    @BeforeEach
    void aSuiteOnAModel() {
        eval = new EvalFixtures(fixtures, suites);
        server = ChatModelServer.start();
        team = fixtures.team("regressions");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = eval.model(team, server);
        suite = eval.arithmetic(editor, team, 5);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_case_that_passed_in_the_previous_completed_run_and_fails_now_is_a_regression() {
        server.answering(question -> EvalFixtures.number(question) == 5 ? "no idea" : EvalFixtures.rightAnswer(question));
        Run first = run(model);
        server.answering(question -> EvalFixtures.number(question) <= 2 || EvalFixtures.number(question) == 5
                ? "no idea" : EvalFixtures.rightAnswer(question));
        Run second = run(model);

        RunDetails details = fixtures.as(editor, () -> runs.details(second.id()));

        assertThat(details.previousRun()).contains(first.id());
        assertThat(details.regressions()).isEqualTo(2);
        assertThat(details.results()).extracting(CaseResult::regressed).containsExactly(true, true, false, false, false);
        assertThat(details.results().get(4).outcome()).as("failed before too: no regression").isEqualTo(Outcome.FAILED);
        assertThat(fixtures.as(editor, () -> runs.details(first.id())).previousRun()).isEmpty();
    }

    @Test
    void comparing_two_runs_lists_regressed_cases_first_then_improved_then_unchanged() {
        server.answering(question -> EvalFixtures.number(question) == 5 ? "no idea" : EvalFixtures.rightAnswer(question));
        Run before = run(model);
        server.answering(question -> EvalFixtures.number(question) == 2 ? "no idea" : EvalFixtures.rightAnswer(question));
        Run after = run(model);

        Comparison comparison = fixtures.as(editor, () -> comparisons.compare(before.id(), after.id()));

        assertThat(comparison.cases()).extracting(ComparedCase::change).containsExactly(Comparison.Change.REGRESSED,
                Comparison.Change.IMPROVED, Comparison.Change.SAME, Comparison.Change.SAME, Comparison.Change.SAME);
        ComparedCase regressed = comparison.cases().getFirst();
        assertThat(regressed.question()).isEqualTo("What is 2 + 2?");
        assertThat(regressed.answerA()).isEqualTo("4");
        assertThat(regressed.answerB()).isEqualTo("no idea");
        assertThat(regressed.outcomeA()).isEqualTo(Outcome.PASSED);
        assertThat(regressed.outcomeB()).isEqualTo(Outcome.FAILED);
        assertThat(comparison.cases().get(1).question()).isEqualTo("What is 5 + 5?");
        assertThat(comparison.count(Comparison.Change.REGRESSED)).isEqualTo(1);
    }

    @Test
    void a_comparison_runs_the_suite_on_two_models_of_the_team() {
        ChatModelServer other = ChatModelServer.start();
        try {
            Model second = eval.model(team, other);
            server.answering(EvalFixtures::rightAnswer);
            other.answering(question -> EvalFixtures.number(question) <= 3 ? EvalFixtures.rightAnswer(question) : "?");

            RunPair pair = fixtures.as(editor, () -> comparisons.startComparison(suite.id(), model.id(), second.id()));
            Run a = finished(pair.a());
            Run b = finished(pair.b());

            assertThat(List.of(a.trigger(), b.trigger())).containsOnly(RunTrigger.COMPARE);
            assertThat(a.model()).isEqualTo(model.id());
            assertThat(a.accuracy()).isEqualTo(1.0);
            assertThat(b.accuracy()).isEqualTo(0.6);
            Comparison comparison = fixtures.as(editor, () -> comparisons.compare(a.id(), b.id()));
            assertThat(comparison.count(Comparison.Change.REGRESSED)).isEqualTo(2);
        } finally {
            other.close();
        }
    }

    @Test
    void runs_of_different_suites_cannot_be_compared() {
        server.answering(EvalFixtures::rightAnswer);
        Suite another = eval.arithmetic(editor, team, 2);
        Run a = run(model);
        Run b = finished(fixtures.as(editor, () -> runs.runNow(another.id(), model.id())));

        assertThatThrownBy(() -> fixtures.as(editor, () -> comparisons.compare(a.id(), b.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("b"));
    }

    private Run run(Model target) {
        return finished(fixtures.as(editor, () -> runs.runNow(suite.id(), target.id())));
    }

    private Run finished(Run started) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> fixtures.as(editor, () -> runs.run(started.id())).status().finished());
        return fixtures.as(editor, () -> runs.run(started.id()));
    }
}
