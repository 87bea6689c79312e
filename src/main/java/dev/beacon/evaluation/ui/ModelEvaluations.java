package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;

import java.util.List;

/**
 * A model's evaluations on its page: the suites attached to it (schedule, latest accuracy, trend of the last runs,
 * Run now for EDITORs with the live progress bar) and its recent runs, each linking to its run page. Without any,
 * it says where suites are attached.
 */
@StyleSheet("context://evaluation-runs.css")
class ModelEvaluations extends Div {

    /** The tab lists this many recent runs; the suite pages show more. */
    static final int RECENT_RUNS = 20;
    /** Enough runs for the trend of every attached suite in all but extreme cases. */
    private static final int READ_RUNS = 200;

    private final AttachmentService attachments;
    private final RunService runs;
    private final ModelId model;
    private final boolean canRun;
    private final Div progress = new Div();

    ModelEvaluations(AttachmentService attachments, RunService runs, boolean canRun, ModelId model) {
        this.attachments = attachments;
        this.runs = runs;
        this.model = model;
        this.canRun = canRun;
        addClassName("model-evaluations");
        progress.addClassName("eval-progress-area");
        show();
    }

    private void show() {
        removeAll();
        List<Attachment> attached = attachments.ofModel(model);
        RunHistory history = new RunHistory(runs.runsOfModel(model, READ_RUNS));
        if (attached.isEmpty() && history.runs().isEmpty()) {
            add(new EmptyState("No evaluations for this model yet",
                    "Attach a golden test suite to this model on the Evaluations page: Beacon then sends the suite's "
                            + "questions to the model's endpoint on a schedule, scores the answers and draws the accuracy "
                            + "on the dashboard, where alert rules can watch it.",
                    EvaluationLinks.link("evaluations", "Go to Evaluations")));
            return;
        }
        add(new H3("Attached suites"), attachedSuites(attached, history), progress, new H3("Recent runs"), recentRuns(history));
    }

    private Component attachedSuites(List<Attachment> attached, RunHistory history) {
        if (attached.isEmpty()) {
            return new EmptyState("No suite is attached to this model",
                    "Attach a golden test suite on the Evaluations page to run it on a schedule.",
                    EvaluationLinks.link("evaluations", "Go to Evaluations"));
        }
        Grid<Attachment> grid = new Grid<>();
        grid.addClassName("model-eval-suites");
        grid.setAriaLabel("Attached suites");
        grid.addComponentColumn(attachment -> EvaluationLinks.link(EvaluationLinks.suite(attachment.suite()), attachment.suiteName()))
                .setHeader("Suite").setFlexGrow(2);
        grid.addColumn(attachment -> attachment.data().schedule() == null ? "Manual only" : attachment.data().schedule().describe()
                        + (attachment.data().enabled() ? "" : " (paused)")).setHeader("Schedule").setFlexGrow(2);
        grid.addColumn(attachment -> UserTime.format(attachment.data().enabled() ? attachment.nextRunAt() : null))
                .setHeader("Next run").setAutoWidth(true);
        grid.addColumn(attachment -> history.latestCompleted(attachment.suite()).map(run -> RunTexts.accuracy(run.accuracy()))
                .orElse(RunTexts.NONE)).setHeader("Latest accuracy").setAutoWidth(true);
        grid.addColumn(attachment -> history.trend(attachment.suite())).setHeader("Trend (oldest → newest)").setFlexGrow(2);
        if (canRun) {
            grid.addComponentColumn(this::runNowButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(attached);
        return grid;
    }

    private Component runNowButton(Attachment attachment) {
        Button runNow = new Button("Run now", VaadinIcon.PLAY.create(), event -> runNow(attachment));
        runNow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        runNow.setAriaLabel("Run " + attachment.suiteName() + " now");
        return runNow;
    }

    private void runNow(Attachment attachment) {
        Run started;
        try {
            started = runs.runNow(attachment.suite(), model);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
            return;
        }
        progress.removeAll();
        progress.add(new RunProgressBar(runs, started, attachment.suiteName(), true).onFinished(finished -> AfterChange.run(this, this::show)));
    }

    private Component recentRuns(RunHistory history) {
        Grid<Run> grid = new Grid<>();
        grid.addClassName("model-eval-runs");
        grid.setAriaLabel("Recent runs");
        grid.addComponentColumn(run -> EvaluationLinks.link(RunLinks.run(run.id()), UserTime.format(run.startedAt())))
                .setHeader("Started").setAutoWidth(true);
        grid.addColumn(Run::suiteName).setHeader("Suite").setFlexGrow(2);
        grid.addComponentColumn(run -> RunTexts.status(run.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(run -> RunTexts.accuracy(run.accuracy())).setHeader("Accuracy").setAutoWidth(true);
        grid.addColumn(run -> run.passed() + " / " + run.failed() + " / " + run.errored()).setHeader("Passed / failed / errored")
                .setAutoWidth(true);
        grid.addColumn(run -> RunTexts.version(run.modelVersionLabel())).setHeader("Version").setAutoWidth(true);
        grid.addColumn(run -> RunTexts.trigger(run.trigger())).setHeader("Trigger").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No runs yet.");
        grid.setItems(history.runs().stream().limit(RECENT_RUNS).toList());
        return grid;
    }
}
