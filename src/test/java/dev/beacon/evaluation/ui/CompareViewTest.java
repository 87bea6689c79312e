package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.ViewTest;
import dev.beacon.evaluation.ComparedCase;
import dev.beacon.evaluation.Comparison.Change;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunCompareService;
import dev.beacon.evaluation.RunPair;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The comparison of two runs: regressed cases first, differences only, what is compared, and who may see it. */
class CompareViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RunCompareService compare;

    RunScene scene;

    @BeforeEach
    void aModelWithASuite() {
        scene = new RunScene(context);
    }

    @AfterEach
    void stopServer() {
        scene.close();
    }

    @Test
    void the_same_model_before_and_after_a_version_change_lists_regressed_cases_first_and_can_hide_the_same_ones() {
        scene.answersWrong(RunScene.question(4));
        Run before = scene.finishedRun();
        scene.newVersion("v2-quantized");
        scene.answersWrong(RunScene.question(1), RunScene.question(3));
        Run after = scene.finishedRun();

        open(before, after, "");

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains(scene.model.data().name() + " before and after a version change: v1 (A) → v2-quantized (B)",
                "2 regressed, 1 improved, 2 the same", "80.0 %", "60.0 %");
        assertThat(rows()).extracting(ComparedCase::change)
                .containsExactly(Change.REGRESSED, Change.REGRESSED, Change.IMPROVED, Change.SAME, Change.SAME);
        assertThat(rows().getFirst().question()).isEqualTo(RunScene.question(1));
        assertThat(tester().getCellComponent(0, 0).getElement().getTextRecursively()).isEqualTo("Regressed");

        test(find(Checkbox.class).withCaption("Differences only").single()).click();

        assertThat(rows()).extracting(ComparedCase::change).containsExactly(Change.REGRESSED, Change.REGRESSED, Change.IMPROVED);
    }

    @Test
    void two_models_are_named_as_such_and_each_column_shows_its_models_answers() {
        Run first = scene.finishedRun();
        var other = new RunScene.OtherModel(scene);
        Run second = other.finishedRun(question -> question.equals(RunScene.question(0)) ? "Marseille" : RunScene.CAPITALS.get(question));

        open(first, second, "differences=true");

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Two models on the suite " + scene.suite.data().name() + ": " + scene.model.data().name() + " (A) and "
                        + other.model.data().name() + " (B).");
        assertThat(find(Checkbox.class).withCaption("Differences only").single().getValue()).isTrue();
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.answerA()).isEqualTo("Paris");
            assertThat(row.answerB()).isEqualTo("Marseille");
        });
        other.close();
    }

    @Test
    void another_teams_runs_or_a_malformed_address_are_not_found() {
        Run a = scene.finishedRun();
        Run b = scene.finishedRun();
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        signIn(outsider);

        for (String query : List.of("a=" + a.id() + "&b=" + b.id(), "a=" + a.id(), "a=not-a-run&b=" + b.id())) {
            UI.getCurrent().navigate("evaluations/compare", QueryParameters.fromString(query));

            assertThat(getCurrentView()).isNotInstanceOf(CompareView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).contains("Not found")
                    .doesNotContain(scene.suite.data().name());
        }
    }

    @Test
    void a_model_comparison_still_running_shows_both_progress_bars_until_the_runs_end() {
        RunScene.OtherModel other = new RunScene.OtherModel(scene);
        other.server.answering(RunScene.CAPITALS::get);
        scene.server.hold();
        RunPair pair = fixtures.as(scene.editor, () -> compare.startComparison(scene.suite.id(), scene.model.id(), other.model.id()));
        try {
            open(pair.a(), pair.b(), "");

            assertThat(find(RunProgressBar.class).all()).hasSize(2);
            assertThat(getCurrentView().getElement().getTextRecursively()).contains("The comparison appears when both runs have ended.");
            assertThat(find(ComparisonGrid.class).exists()).isFalse();
        } finally {
            scene.server.release();
        }
        scene.awaitEnd(pair.a());
        scene.awaitEnd(pair.b());
        other.close();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            roundTrip();
            return find(ComparisonGrid.class).exists();
        });
        assertThat(rows()).hasSize(5).extracting(ComparedCase::change).containsOnly(Change.SAME);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Two models on the suite");
    }

    @Test
    void runs_of_two_different_suites_cannot_be_compared_and_the_page_says_why() {
        Run first = scene.finishedRun();
        RunScene other = new RunScene(context);
        Run elsewhere = other.finishedRun();
        other.close();
        fixtures.member(other.team, scene.viewer, TeamRole.VIEWER);

        open(first, elsewhere, "");

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("These runs cannot be compared");
        assertThat(find(ComparisonGrid.class).exists()).isFalse();
    }

    private void open(Run a, Run b, String more) {
        signIn(scene.viewer);
        UI.getCurrent().navigate("evaluations/compare", QueryParameters.fromString("a=" + a.id() + "&b=" + b.id()
                + (more.isEmpty() ? "" : "&" + more)));
        assertThat(getCurrentView()).isInstanceOf(CompareView.class);
    }

    private com.vaadin.flow.component.grid.GridTester<com.vaadin.flow.component.grid.Grid<ComparedCase>, ComparedCase> tester() {
        return test(find(ComparisonGrid.class).single());
    }

    private List<ComparedCase> rows() {
        var tester = tester();
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
