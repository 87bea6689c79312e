package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The models the suite is attached to: schedule, sample size, next run in the user's zone, whether the schedule is
 * on; for EDITORs Attach to model, Edit, Detach and Run now, whose progress shows live below the list.
 */
class AttachmentsSection extends Section {

    private final AttachmentService attachments;
    private final RunService runs;
    private final SuitePage page;
    private final Div progress = new Div();
    private Runnable onRunsChanged = () -> { };
    final Grid<Attachment> grid = new Grid<>();

    AttachmentsSection(AttachmentService attachments, RunService runs, SuitePage page) {
        this.attachments = attachments;
        this.runs = runs;
        this.page = page;
        addClassName("suite-attachments");
        getStyle().set("margin-top", "var(--lumo-space-l)");
        List<Attachment> attached = attachments.ofSuite(page.suite().id());
        HorizontalLayout header = new HorizontalLayout(new H3("Attached models"));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        List<SuiteChoices.ModelOption> free = unattached(attached);
        if (page.canEdit() && !free.isEmpty()) {
            Button attach = new Button("Attach to model", VaadinIcon.LINK.create(),
                    event -> new AttachmentDialog(attachments, page, free, null).show());
            header.add(attach);
        }
        configureGrid(attached);
        progress.addClassName("run-progress-list");
        progress.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-s) 0");
        add(header, attached.isEmpty() ? emptyState(free.isEmpty()) : grid, progress);
        runs.runsOfSuite(page.suite().id(), 20).stream().filter(run -> run.status() == RunStatus.RUNNING)
                .forEach(this::follow);
    }

    /** Tells the page when a run started or followed here begins or ends, e.g. to list it among the recent runs. */
    void onRunsChanged(Runnable listener) {
        this.onRunsChanged = listener;
    }

    private void configureGrid(List<Attachment> attached) {
        grid.addColumn(Attachment::modelName).setHeader("Model").setFlexGrow(2);
        grid.addColumn(attachment -> attachment.data().schedule() == null ? "Manual only" : attachment.data().schedule().describe())
                .setHeader("Schedule").setFlexGrow(2);
        grid.addColumn(attachment -> attachment.data().sampleSize() == null ? "All cases" : attachment.data().sampleSize() + " random cases")
                .setHeader("Cases per run").setAutoWidth(true);
        grid.addColumn(attachment -> UserTime.format(attachment.nextRunAt())).setHeader("Next run").setAutoWidth(true);
        grid.addColumn(attachment -> attachment.data().schedule() == null ? "—" : attachment.data().enabled() ? "On" : "Paused")
                .setHeader("Schedule on").setAutoWidth(true);
        if (page.canEdit()) {
            grid.addComponentColumn(this::rowActions).setKey(CasesSection.ACTIONS).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(attached);
        grid.setAllRowsVisible(true);
        grid.addClassName("attachments-grid");
    }

    private Component rowActions(Attachment attachment) {
        Button runNow = new Button("Run now", VaadinIcon.PLAY.create(), event -> runNow(attachment));
        runNow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        runNow.setAriaLabel("Run now on " + attachment.modelName());
        Button edit = new Button(VaadinIcon.EDIT.create(), event ->
                new AttachmentDialog(attachments, page, page.teamModels(), attachment).show());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit attachment to " + attachment.modelName());
        edit.setTooltipText("Edit schedule and settings");
        Button detach = new Button(VaadinIcon.UNLINK.create(), event -> confirmDetach(attachment));
        detach.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        detach.setAriaLabel("Detach from " + attachment.modelName());
        detach.setTooltipText("Detach");
        HorizontalLayout actions = new HorizontalLayout(runNow, edit, detach);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void runNow(Attachment attachment) {
        try {
            follow(runs.runNow(page.suite().id(), attachment.model()));
            onRunsChanged.run();
        } catch (AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void follow(Run run) {
        RunProgressBar bar = new RunProgressBar(runs, run, run.modelName(), page.canEdit());
        bar.onFinished(finished -> onRunsChanged.run());
        progress.addComponentAsFirst(bar);
    }

    private void confirmDetach(Attachment attachment) {
        ConfirmDialogs.confirmDestructive("Detach from " + attachment.modelName() + "?",
                "The suite stops running on this model. Its past runs and their accuracy points stay.",
                "Detach", () -> {
                    attachments.detach(attachment.id());
                    Notifications.success("Detached from " + attachment.modelName());
                    page.reload().run();
                });
    }

    private List<SuiteChoices.ModelOption> unattached(List<Attachment> attached) {
        Set<ModelId> taken = attached.stream().map(Attachment::model).collect(Collectors.toSet());
        return page.teamModels().stream().filter(model -> !taken.contains(model.id())).toList();
    }

    private Component emptyState(boolean noModels) {
        if (noModels) {
            return new EmptyState("Not attached to any model", "The team has no models yet. Register one under Models first.");
        }
        return new EmptyState("Not attached to any model", page.canEdit()
                ? "Attach the suite to a model to run it there on a schedule or with Run now."
                : "The suite's editors have not attached it to a model yet.");
    }
}
