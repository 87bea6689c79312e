package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.server.VaadinSession;
import dev.beacon.ViewTest;
import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentData;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.ChatModelServer;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.Model;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The suite page's attachments and runs: attach, edit, detach, Run now and Compare models, per role. */
class SuiteAttachmentsViewTest extends ViewTest {

    @Autowired
    SuiteService suites;
    @Autowired
    AttachmentService attachments;
    @Autowired
    RunService runs;

    final ChatModelServer server = ChatModelServer.start();
    SuiteScene scene;
    Model answering;

    @BeforeEach
    void aTeamWithAModelThatAnswers() {
        scene = new SuiteScene(fixtures, suites);
        answering = fixtures.registerAsAdmin(scene.team, server.modelData(dev.beacon.TestFixtures.unique("answering")));
        server.answering(question -> question.contains("2 + 2") ? "4" : "Paris");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void the_attach_dialog_marks_a_bad_cron_expression_then_attaches_with_its_schedule_in_the_list() {
        Suite suite = scene.suite("scheduled");
        open(scene.editor, suite);
        test(findInView(Button.class).withText("Attach to model").single()).click();
        AttachmentDialog dialog = find(AttachmentDialog.class).single();
        test(dialog.model).selectItem(scene.model.data().name());
        test(dialog.schedule).selectItem(ScheduleKind.CRON.label());
        test(dialog.cron).setValue("every morning");

        test(find(Button.class, dialog).withText("Attach").single()).click();
        assertThat(dialog.cron.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.cron).setValue("0 6 * * *");
        test(dialog.zone).selectItem("Europe/Berlin");
        test(find(Button.class, dialog).withText("Attach").single()).click();

        Attachment attached = fixtures.as(scene.editor, () -> attachments.ofSuite(suite.id())).getFirst();
        assertThat(attached.data().schedule().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(attachmentRows()).singleElement().extracting(Attachment::modelName).isEqualTo(scene.model.data().name());
    }

    @Test
    void every_n_hours_is_kept_as_minutes_and_a_sample_size_and_settings_are_kept() {
        Suite suite = scene.suite("hourly");
        open(scene.editor, suite);
        test(findInView(Button.class).withText("Attach to model").single()).click();
        AttachmentDialog dialog = find(AttachmentDialog.class).single();
        test(dialog.model).selectItem(scene.model.data().name());
        test(dialog.schedule).selectItem(ScheduleKind.HOURS.label());
        test(dialog.every).setValue(6);
        test(dialog.cases).selectItem(AttachmentDialog.SAMPLE);
        test(dialog.sampleSize).setValue(5);
        test(dialog.concurrency).setValue(4);
        test(find(Button.class, dialog).withText("Attach").single()).click();

        AttachmentData data = fixtures.as(scene.editor, () -> attachments.ofSuite(suite.id())).getFirst().data();
        assertThat(data.schedule().everyMinutes()).isEqualTo(360);
        assertThat(data.sampleSize()).isEqualTo(5);
        assertThat(data.concurrency()).isEqualTo(4);
        assertThat(data.timeoutSeconds()).isEqualTo(30);
    }

    @Test
    void editing_an_attachment_keeps_its_model_and_changes_its_settings() {
        Suite suite = scene.suite("edited");
        attach(suite, scene.model);
        open(scene.editor, suite);

        test(button("Edit attachment to " + scene.model.data().name())).click();
        AttachmentDialog dialog = find(AttachmentDialog.class).single();
        assertThat(dialog.model.isReadOnly()).isTrue();
        test(dialog.schedule).selectItem(ScheduleKind.MINUTES.label());
        test(dialog.every).setValue(20_000);
        test(find(Button.class, dialog).withText("Save changes").single()).click();
        assertThat(dialog.every.isInvalid()).isTrue();

        test(dialog.every).setValue(15);
        test(dialog.timeoutSeconds).setValue(90);
        test(find(Button.class, dialog).withText("Save changes").single()).click();

        Attachment saved = fixtures.as(scene.editor, () -> attachments.ofSuite(suite.id())).getFirst();
        assertThat(saved.data().schedule().everyMinutes()).isEqualTo(15);
        assertThat(saved.data().timeoutSeconds()).isEqualTo(90);
        assertThat(saved.nextRunAt()).isNotNull();
        assertThat(new GridTester<>(find(AttachmentsSection.class).single().grid).getCellText(0, 1)).isEqualTo("Every 15 minutes");
    }

    @Test
    void detaching_asks_first() {
        Suite suite = scene.suite("detached");
        attach(suite, scene.model);
        open(scene.editor, suite);

        test(button("Detach from " + scene.model.data().name())).click();
        test(find(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).single()).confirm();

        assertThat(fixtures.as(scene.editor, () -> attachments.ofSuite(suite.id()))).isEmpty();
    }

    @Test
    void run_now_follows_the_run_and_the_finished_run_is_listed_with_its_accuracy() {
        Suite suite = scene.suiteWithCases("run", "What is 2 + 2?", "4", "Capital of France?", "Paris", "Capital of Spain?", "Madrid");
        attach(suite, answering);
        open(scene.editor, suite);

        test(button("Run now on " + answering.data().name())).click();

        RunProgressBar bar = find(RunProgressBar.class).single();
        Run finished = awaitEnd(bar);
        // what Push would deliver: the updates the runner queued with ui.access while the test held the session
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        assertThat(bar.casesText()).isEqualTo("3 / 3 cases");
        assertThat(bar.isFinished()).isTrue();
        assertThat(finished.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(finished.accuracy()).isEqualTo(2.0 / 3);
        UI.getCurrent().navigate("evaluations/suites/" + suite.id());
        assertThat(runRows()).singleElement().satisfies(run -> {
            assertThat(run.id()).isEqualTo(bar.run());
            assertThat(RunText.accuracy(run.accuracy())).isEqualTo("66.7 %");
        });

        UI.getCurrent().navigate(SuiteListView.PATH);
        @SuppressWarnings("unchecked")
        var list = test((Grid<Suite>) findInView(Grid.class).single());
        int row = IntStream.range(0, list.size()).filter(i -> list.getRow(i).id().equals(suite.id())).findFirst().orElseThrow();
        assertThat(list.getCellText(row, 3)).isEqualTo(answering.data().name());
        assertThat(list.getCellText(row, 4)).isEqualTo(answering.data().name() + " 66.7 %");
    }

    @Test
    void cancel_on_the_progress_bar_stops_the_run_without_an_accuracy() {
        Suite suite = scene.suiteWithCases("cancelled", "What is 2 + 2?", "4", "Capital of France?", "Paris");
        attach(suite, answering);
        open(scene.editor, suite);
        server.hold();

        test(button("Run now on " + answering.data().name())).click();
        RunProgressBar bar = find(RunProgressBar.class).single();
        test(find(Button.class, bar).withText("Cancel").single()).click();
        server.release();

        Run cancelled = awaitEnd(bar);
        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.accuracy()).isNull();
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        assertThat(bar.isFinished()).isTrue();
        assertThat(find(Button.class, bar).withText("Cancel").exists()).isFalse();
    }

    @Test
    void compare_models_starts_a_run_on_each_and_opens_the_comparison_of_the_two() {
        Suite suite = scene.suiteWithCases("compare", "What is 2 + 2?", "4");
        Model second = fixtures.registerAsAdmin(scene.team, server.modelData(dev.beacon.TestFixtures.unique("second")));
        attach(suite, answering);
        attach(suite, second);
        open(scene.editor, suite);

        test(findInView(Button.class).withText("Compare models").single()).click();
        CompareModelsDialog dialog = find(CompareModelsDialog.class).single();
        test(find(Button.class, dialog).withText("Run both and compare").single()).click();

        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo(RunLinks.COMPARE);
        List<Run> started = fixtures.as(scene.editor, () -> runs.runsOfSuite(suite.id(), 5));
        assertThat(started).hasSize(2);
        assertThat(location.getQueryParameters().getParameters().values()).flatExtracting(values -> values)
                .containsExactlyInAnyOrderElementsOf(started.stream().map(run -> run.id().toString()).toList());
    }

    @Test
    void a_viewer_sees_attachments_and_runs_without_run_now_and_the_service_refuses_a_crafted_run() {
        Suite suite = scene.suiteWithCases("viewed", "What is 2 + 2?", "4");
        attach(suite, answering);
        open(scene.viewer, suite);

        assertThat(attachmentRows()).hasSize(1);
        assertThat(find(AttachmentsSection.class).single().grid.getColumnByKey(CasesSection.ACTIONS)).isNull();
        assertThat(findInView(Button.class).withText("Attach to model").exists()).isFalse();
        assertThatThrownBy(() -> runs.runNow(suite.id(), answering.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.attach(suite.id(), AttachmentData.defaults(scene.model.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(scene.editor, () -> runs.runsOfSuite(suite.id(), 5))).isEmpty();
    }

    private void attach(Suite suite, Model model) {
        fixtures.as(scene.editor, () -> attachments.attach(suite.id(), AttachmentData.defaults(model.id())));
    }

    private void open(UserAccount user, Suite suite) {
        signIn(user);
        UI.getCurrent().navigate("evaluations/suites/" + suite.id());
        assertThat(getCurrentView()).isInstanceOf(SuiteView.class);
    }

    /** Waits (at most a minute) until the run the bar follows is over, as the service tells. */
    private Run awaitEnd(RunProgressBar bar) {
        return await().atMost(Duration.ofMinutes(1)).until(
                () -> fixtures.as(scene.editor, () -> runs.run(bar.run())), run -> run.status() != RunStatus.RUNNING);
    }

    private Button button(String ariaLabel) {
        return SuiteScene.rowButton(find(AttachmentsSection.class).single().grid, 0, ariaLabel);
    }

    private List<Attachment> attachmentRows() {
        @SuppressWarnings("unchecked")
        var grid = test((Grid<Attachment>) find(AttachmentsSection.class).single().grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private List<Run> runRows() {
        @SuppressWarnings("unchecked")
        var grid = test((Grid<Run>) find(RecentRunsSection.class).single().grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
