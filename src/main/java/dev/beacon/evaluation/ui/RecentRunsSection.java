package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunCompareService;
import dev.beacon.evaluation.RunService;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UserTime;

import java.util.List;

/** The suite's latest runs, newest first, each linking to its page; "Compare models" runs it on two models at once. */
class RecentRunsSection extends Section {

    static final int SHOWN = 20;

    private final RunService runs;
    private final SuitePage page;
    final Grid<Run> grid = new Grid<>();
    private final EmptyState empty = new EmptyState("No runs yet", "Runs appear here once a schedule fires or someone presses Run now.");

    RecentRunsSection(RunService runs, RunCompareService compare, AttachmentService attachments, SuitePage page) {
        this.runs = runs;
        this.page = page;
        addClassName("suite-runs");
        getStyle().set("margin-top", "var(--lumo-space-l)");
        HorizontalLayout header = new HorizontalLayout(new H3("Recent runs"));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        List<Attachment> attached = attachments.ofSuite(page.suite().id());
        if (page.canEdit() && attached.size() >= 2) {
            header.add(new Button("Compare models", VaadinIcon.SPLIT.create(),
                    event -> new CompareModelsDialog(compare, page, attached).show()));
        }
        grid.addComponentColumn(RecentRunsSection::startedLink).setHeader("Started").setAutoWidth(true);
        grid.addColumn(Run::modelName).setHeader("Model").setFlexGrow(2);
        grid.addComponentColumn(RecentRunsSection::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(run -> RunText.accuracy(run.accuracy())).setHeader("Accuracy").setAutoWidth(true);
        grid.addColumn(RunText::counts).setHeader("Passed · failed · errored").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.addClassName("runs-grid");
        add(header, grid, empty);
        refresh();
    }

    /** Reads the runs again, e.g. when a run started on this page is over. */
    void refresh() {
        List<Run> recent = runs.runsOfSuite(page.suite().id(), SHOWN);
        grid.setItems(recent);
        grid.setVisible(!recent.isEmpty());
        empty.setVisible(recent.isEmpty());
    }

    private static Component startedLink(Run run) {
        Anchor link = new Anchor(RunLinks.run(run.id()), UserTime.format(run.startedAt()));
        link.getElement().setAttribute("router-link", true);
        link.getElement().setAttribute("aria-label", "Run of " + UserTime.format(run.startedAt()) + " on " + run.modelName());
        return link;
    }

    private static Component status(Run run) {
        Badges.Tone tone = switch (run.status()) {
            case RUNNING -> Badges.Tone.NEUTRAL;
            case COMPLETED -> Badges.Tone.SUCCESS;
            case ERRORED -> Badges.Tone.ERROR;
            case CANCELLED -> Badges.Tone.CONTRAST;
        };
        var badge = Badges.badge(RunText.status(run.status()), tone);
        if (run.errorReason() != null) {
            badge.getElement().setAttribute("title", run.errorReason());
        }
        return badge;
    }
}
