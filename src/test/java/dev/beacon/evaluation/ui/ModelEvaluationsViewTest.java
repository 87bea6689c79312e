package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import dev.beacon.ViewTest;
import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentData;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunSchedule;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.evaluation.RunTrigger;
import dev.beacon.registry.Model;
import dev.beacon.shared.ui.EmptyState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model page's Evaluations tab: attached suites with accuracy and trend, Run now for editors, recent runs. */
class ModelEvaluationsViewTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AttachmentService attachments;

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
    void attached_suites_show_their_schedule_latest_accuracy_and_trend_and_recent_runs_link_to_their_pages() {
        attach(RunSchedule.everyMinutes(60));
        scene.finishedRun();
        scene.answersWrong(RunScene.question(0));
        scene.finishedRun();
        scene.answersWrong(RunScene.question(0), RunScene.question(1), RunScene.question(2));
        Run latest = scene.finishedRun();

        openTab(scene.viewer);

        Grid<?> suites = grid("model-eval-suites");
        var suitesTester = test(suites);
        assertThat(suitesTester.size()).isEqualTo(1);
        assertThat(suitesTester.getCellComponent(0, 0).getElement().getTextRecursively()).isEqualTo(scene.suite.data().name());
        assertThat(suitesTester.getCellText(0, 1)).isEqualTo(RunSchedule.everyMinutes(60).describe());
        assertThat(suitesTester.getCellText(0, 3)).isEqualTo("40.0 %");
        assertThat(suitesTester.getCellText(0, 4)).isEqualTo("100.0 % → 80.0 % → 40.0 %");
        var runsTester = test(grid("model-eval-runs"));
        assertThat(runsTester.size()).isEqualTo(3);
        assertThat(runsTester.getCellComponent(0, 0).getElement().getAttribute("href")).isEqualTo("evaluations/runs/" + latest.id());
        assertThat(runsTester.getCellText(0, 3)).isEqualTo("40.0 %");
    }

    @Test
    void an_editor_runs_an_attached_suite_now_and_sees_its_progress_until_the_end() {
        attach(null);
        openTab(scene.editor);

        Button runNow = runNowButton();
        assertThat(runNow.getText()).isEqualTo("Run now");
        test(runNow).click();

        assertThat(find(RunProgressBar.class).single().casesText()).endsWith(" / 5 cases");
        List<Run> runs = fixtures.as(scene.editor, () -> scene.runs.runsOfModel(scene.model.id(), 5));
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL));
        assertThat(scene.awaitEnd(runs.getFirst()).status()).isEqualTo(RunStatus.COMPLETED);

        showTab();
        var runsTester = test(grid("model-eval-runs"));
        assertThat(runsTester.size()).isEqualTo(1);
        assertThat(runsTester.getCellText(0, 3)).isEqualTo("100.0 %");
    }

    @Test
    void a_viewer_is_offered_no_run_now_and_the_service_refuses_it() {
        attach(null);
        openTab(scene.viewer);

        assertThat(grid("model-eval-suites").getColumns()).hasSize(5);
        assertThat(test(grid("model-eval-suites")).getCellComponent(0, 0).getElement().getTextRecursively())
                .isEqualTo(scene.suite.data().name());
        assertThatThrownBy(() -> fixtures.as(scene.viewer, () -> scene.runs.runNow(scene.suite.id(), scene.model.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_model_without_evaluations_teaches_where_suites_are_attached() {
        Model bare = fixtures.model(scene.team, "bare");
        signIn(scene.viewer);
        UI.getCurrent().navigate("models/" + bare.id());
        selectTab();

        EmptyState empty = find(EmptyState.class, find(ModelEvaluations.class).single()).single();
        assertThat(empty.getElement().getTextRecursively()).contains("No evaluations for this model yet",
                "Attach a golden test suite", "on the Evaluations page");
    }

    private Attachment attach(RunSchedule schedule) {
        AttachmentData defaults = AttachmentData.defaults(scene.model.id());
        return fixtures.as(scene.editor, () -> attachments.attach(scene.suite.id(), new AttachmentData(scene.model.id(), schedule,
                defaults.sampleSize(), defaults.temperature(), defaults.maxTokens(), defaults.concurrency(),
                defaults.timeoutSeconds(), true)));
    }

    private void openTab(dev.beacon.security.UserAccount user) {
        signIn(user);
        showTab();
    }

    private void showTab() {
        UI.getCurrent().navigate("models/" + scene.model.id());
        selectTab();
    }

    private void selectTab() {
        TabSheet tabs = find(TabSheet.class).single();
        int index = IntStream.range(0, tabs.getTabCount()).filter(i -> tabs.getTabAt(i).getLabel().equals("Evaluations"))
                .findFirst().orElseThrow();
        tabs.setSelectedIndex(index);
    }

    /** The last column of the attached suites holds Run now, for editors only. */
    private Button runNowButton() {
        Grid<?> suites = grid("model-eval-suites");
        assertThat(suites.getColumns()).hasSize(6);
        return (Button) test(suites).getCellComponent(0, 5);
    }

    private Grid<?> grid(String className) {
        return find(Grid.class).withClassName(className).single();
    }
}
