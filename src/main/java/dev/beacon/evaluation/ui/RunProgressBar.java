package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunId;
import dev.beacon.evaluation.RunProgress;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Consumer;

/**
 * A run's live progress: a bar, "7 / 20 cases" and Cancel while it runs; once it is over its outcome and a link
 * "See results" to the run's page. It follows the run through {@link RunService#onProgress} while it is on screen
 * (updates arrive from the runner's threads and reach the browser through {@code ui.access} and Push) and stops
 * listening when it leaves the screen. Used on the suite page and on the model's Evaluations tab.
 */
class RunProgressBar extends Div {

    private final RunService runs;
    private final RunId run;
    private final ProgressBar bar = new ProgressBar();
    private final Span cases = new Span();
    private final Span outcome = new Span();
    private final Button cancel = new Button("Cancel");
    private final Anchor results;
    private Consumer<RunProgress> onFinished = finished -> { };
    private Runnable stopListening;
    private boolean finished;

    /**
     * @param label     what runs, e.g. the model's or the suite's name
     * @param canCancel whether to offer Cancel (EDITORs; the service checks again)
     */
    RunProgressBar(RunService runs, Run started, String label, boolean canCancel) {
        this.runs = runs;
        this.run = started.id();
        addClassName("run-progress");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        Span name = new Span(label);
        name.getStyle().set("font-weight", "600");
        bar.setMin(0);
        bar.setWidth("12rem");
        bar.getElement().setAttribute("aria-label", "Progress of " + label);
        cases.addClassName("run-progress-cases");
        outcome.addClassName("run-progress-outcome");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        cancel.setVisible(canCancel);
        cancel.addClickListener(event -> cancel());
        results = new Anchor(RunLinks.run(run), "See results");
        results.getElement().setAttribute("router-link", true);
        results.setVisible(false);
        add(name, bar, cases, cancel, outcome, results);
        show(new RunProgress(run, started.done(), started.totalCases(), started.status()));
    }

    /** Called once, on the UI thread, when the run is over (completed, errored or cancelled). */
    RunProgressBar onFinished(Consumer<RunProgress> listener) {
        this.onFinished = listener;
        return this;
    }

    RunId run() {
        return run;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        // updates run on the runner's threads: they act as the signed-in user, so onFinished may call services
        SecurityContext user = SecurityContextHolder.getContext();
        var registration = runs.onProgress(run, progress -> {
            Runnable update = new DelegatingSecurityContextRunnable(() -> show(progress), user);
            ui.access(update::run);
        });
        stopListening = registration::remove;
        // the run may have moved on (or ended) before the listener was registered
        show(runs.progress(run));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    /** The cases text as shown, e.g. "7 / 20 cases". */
    String casesText() {
        return cases.getText();
    }

    boolean isFinished() {
        return finished;
    }

    private void show(RunProgress progress) {
        if (finished) {
            return;
        }
        bar.setMax(Math.max(1, progress.total()));
        bar.setValue(Math.min(progress.done(), Math.max(1, progress.total())));
        cases.setText(progress.done() + " / " + progress.total() + " cases");
        if (progress.status() != RunStatus.RUNNING) {
            finished = true;
            cancel.setVisible(false);
            outcome.setText(RunText.status(progress.status()));
            results.setVisible(true);
            onFinished.accept(progress);
        }
    }

    private void cancel() {
        try {
            runs.cancel(run);
            Notifications.info("Cancelling the run");
        } catch (AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }
}
