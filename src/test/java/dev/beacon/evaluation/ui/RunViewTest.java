package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.ViewTest;
import dev.beacon.evaluation.CaseResult;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ui.EmptyState;
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

/** The run page: figures, answers per case, regressions and their filter, errored runs, other teams' runs. */
class RunViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;

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
    void a_finished_run_shows_its_accuracy_counts_and_every_answer() {
        scene.answersWrong(RunScene.question(2));
        Run run = scene.finishedRun();

        open(run, "");

        String page = text();
        assertThat(page).contains("Completed", "80.0 %", "4 / 1 / 0 of 5 cases", scene.model.data().name(), "Run now · ");
        assertThat(results()).extracting(CaseResult::answer).containsExactly("Paris", "Berlin", "Lyon", "Madrid", "Lisbon");
        assertThat(gridTester().getCellText(2, 3)).isEqualTo("Lyon");
        assertThat(gridTester().getCellComponent(2, 4).getElement().getTextRecursively()).contains("Failed").doesNotContain("Regressed");
    }

    @Test
    void a_case_that_passed_before_and_fails_now_is_marked_regressed_and_the_filter_shows_only_regressions() {
        Run before = scene.finishedRun();
        scene.answersWrong(RunScene.question(0), RunScene.question(3));
        scene.finishedRun();
        scene.answersWrong(RunScene.question(0), RunScene.question(1));
        Run now = scene.finishedRun();

        open(now, "regressions=true");

        assertThat(checkbox("Regressions only").getValue()).isTrue();
        // France failed in the previous run already: only Germany regressed
        assertThat(results()).extracting(CaseResult::question).containsExactly(RunScene.question(1));
        assertThat(gridTester().getCellComponent(0, 4).getElement().getTextRecursively()).contains("Failed", "Regressed");

        test(checkbox("Regressions only")).click();
        assertThat(results()).hasSize(5);
        test(checkbox("Failed only")).click();
        assertThat(results()).extracting(CaseResult::question).containsExactly(RunScene.question(0), RunScene.question(1));
        assertThat(compareLink().getHref()).isEqualTo("evaluations/compare?a=" + previousOf(now) + "&b=" + now.id());
        assertThat(previousOf(now)).isNotEqualTo(before.id().toString());
    }

    @Test
    void an_errored_run_says_why_prominently_and_shows_no_accuracy() {
        scene.server.stop();
        Run run = scene.finishedRun();
        assertThat(run.status()).isEqualTo(RunStatus.ERRORED);

        open(run, "");

        assertThat(text()).contains("Errored", "The run errored, so it has no accuracy.", run.errorReason())
                .doesNotContain("0.0 %", "%");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withClassName("eval-run-error").single()
                .getElement().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void a_running_run_shows_its_progress_bar_on_top_and_its_results_when_it_ends() {
        scene.server.hold();
        Run running = fixtures.as(scene.editor, () -> scene.runs.runNow(scene.suite.id(), scene.model.id()));
        try {
            open(running, "");

            assertThat(find(RunProgressBar.class).single().casesText()).isEqualTo("0 / 5 cases");
            assertThat(text()).contains("Running", "The results appear here when the run ends.");
            assertThat(find(CaseResultsGrid.class).exists()).isFalse();
        } finally {
            scene.server.release();
        }
        assertThat(scene.awaitEnd(running).status()).isEqualTo(RunStatus.COMPLETED);

        // the run's end reaches the page (through ui.access, as Push would bring it): the results replace the bar
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            roundTrip();
            return find(CaseResultsGrid.class).exists();
        });
        assertThat(find(RunProgressBar.class).exists()).isFalse();
        assertThat(results()).hasSize(5);
        assertThat(text()).contains("Completed", "100.0 %");
    }

    @Test
    void another_teams_run_is_not_found_and_reveals_nothing() {
        Run run = scene.finishedRun();
        UserAccount outsider = fixtures.memberOfNewTeam("outsider", TeamRole.OWNER);
        signIn(outsider);

        UI.getCurrent().navigate("evaluations/runs/" + run.id());

        assertThat(getCurrentView()).isNotInstanceOf(RunView.class);
        assertThat(find(H3.class, find(EmptyState.class).single()).single().getText()).isEqualTo("Not found");
        assertThat(text()).doesNotContain(scene.suite.data().name(), "Paris");
    }

    private void open(Run run, String query) {
        signIn(scene.viewer);
        UI.getCurrent().navigate("evaluations/runs/" + run.id(), QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(RunView.class);
    }

    private String previousOf(Run run) {
        return fixtures.as(scene.viewer, () -> scene.runs.details(run.id())).previousRun().orElseThrow().toString();
    }

    private CaseResultsGrid grid() {
        return find(CaseResultsGrid.class).single();
    }

    private com.vaadin.flow.component.grid.GridTester<com.vaadin.flow.component.grid.Grid<CaseResult>, CaseResult> gridTester() {
        return test(grid());
    }

    private List<CaseResult> results() {
        var tester = gridTester();
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private Checkbox checkbox(String label) {
        return find(Checkbox.class).withCaption(label).single();
    }

    private Anchor compareLink() {
        return find(Anchor.class).withText("Compare with previous run").single();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
