package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.maintenance.Schedule;
import dev.beacon.maintenance.ScheduleRecurrence;
import dev.beacon.maintenance.ScheduleService;
import dev.beacon.maintenance.TicketPaths;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;

/**
 * A team's recurring maintenance schedules: every member sees them with their next and last dates; EDITORs and OWNERs
 * add, edit, skip the next occurrence and delete them. The rule for the next date is spelled out under the heading.
 */
class SchedulesPanel extends Section {

    static final String INTERVAL_RULE = "Every N days, weeks or months counts from the last completion: the next ticket "
            + "opens at the start of the day N units after the day the previous one was done (or marked Won't do), so "
            + "finishing early brings it forward and finishing late pushes it back.";
    static final String CRON_RULE = "A cron schedule keeps its calendar: the next ticket opens at the first calendar time "
            + "after the previous one was done (or marked Won't do); times that pass while a ticket is open are dropped, "
            + "not piled up.";

    private final ScheduleService schedules;
    private final TeamId team;
    /** Null on the team page; a model's page shows only that model's schedules. */
    private final ModelId model;
    private final boolean canEdit;
    private final Grid<Schedule> grid = new Grid<>();

    SchedulesPanel(ScheduleService schedules, TeamId team) {
        this(schedules, team, null);
    }

    /** The model's schedules, e.g. on its Tickets tab; "Add schedule" starts with the model chosen. */
    static SchedulesPanel ofModel(ScheduleService schedules, ModelId model) {
        return new SchedulesPanel(schedules, schedules.teamOfModel(model), model);
    }

    private SchedulesPanel(ScheduleService schedules, TeamId team, ModelId model) {
        this.schedules = schedules;
        this.team = team;
        this.model = model;
        this.canEdit = schedules.myRole(team).includes(TeamRole.EDITOR);
        addClassName("maintenance-schedules");
        getStyle().set("display", "block").set("margin-top", "var(--lumo-space-l)");
        HorizontalLayout header = new HorizontalLayout(new H3("Maintenance schedules"));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (canEdit) {
            header.add(new Button("Add schedule", VaadinIcon.PLUS.create(), event -> open(null)));
        }
        Paragraph hint = new Paragraph("Recurring work opens a ticket on time, one at a time: the next one only after the "
                + "open one is done. " + INTERVAL_RULE + " " + CRON_RULE);
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        add(header, hint);
        configure();
        add(grid);
        refresh();
    }

    /** "Next ticket: 2 Apr 2026, 00:00." or what the schedule waits for. */
    static String next(Schedule schedule) {
        if (!schedule.data().enabled()) {
            return "Paused: it opens no tickets.";
        }
        if (schedule.nextDueAt() == null) {
            return schedule.openTicket() == null ? "Waiting for its ticket to be done."
                    : "Waiting for " + schedule.openTicket() + " to be done.";
        }
        return "Next ticket: " + UserTime.format(schedule.nextDueAt()) + ".";
    }

    static String rule(ScheduleRecurrence recurrence) {
        return recurrence.isCron() ? CRON_RULE : INTERVAL_RULE;
    }

    private void configure() {
        grid.setAriaLabel("Maintenance schedules");
        grid.addClassName("schedules");
        grid.addColumn(schedule -> schedule.data().type().label() + ": " + schedule.data().title()).setHeader("Work").setFlexGrow(2);
        grid.addColumn(schedule -> schedule.modelName() == null ? "Team-wide" : schedule.modelName()).setHeader("Model").setAutoWidth(true);
        grid.addColumn(schedule -> schedule.data().recurrence().describe()).setHeader("Repeats").setAutoWidth(true);
        grid.addColumn(schedule -> schedule.assigneeName() == null ? "Unassigned" : schedule.assigneeName()).setHeader("Assignee").setAutoWidth(true);
        grid.addComponentColumn(SchedulesPanel::nextCell).setHeader("Next").setAutoWidth(true);
        grid.addColumn(schedule -> schedule.lastCompletedAt() == null ? "Never" : UserTime.format(schedule.lastCompletedAt()))
                .setHeader("Last completed").setAutoWidth(true);
        if (canEdit) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
    }

    private static Component nextCell(Schedule schedule) {
        if (schedule.openTicketId() != null) {
            return new Div(new Span("Waiting for "), new Anchor(TicketPaths.path(schedule.openTicketId()), schedule.openTicket()));
        }
        return new Span(next(schedule));
    }

    private Component actions(Schedule schedule) {
        Button edit = new Button("Edit", event -> open(schedule));
        Button skip = new Button("Skip next", event -> act(() -> schedules.skip(schedule.id(), schedule.version()), "Skipped"));
        skip.setEnabled(schedule.nextDueAt() != null);
        skip.setTooltipText("No ticket opens for the next occurrence; the date after it becomes the next");
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> ConfirmDialogs.confirmDestructive("Delete this schedule?",
                schedule.describe() + ". Tickets it opened stay.", "Delete schedule",
                () -> act(() -> schedules.delete(schedule.id(), schedule.version()), "Deleted")));
        delete.setAriaLabel("Delete schedule " + schedule.data().title());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[]{edit, skip, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(edit, skip, delete);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (InvalidInputException | StaleDataException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void open(Schedule existing) {
        new ScheduleDialog(schedules, team, model, existing, this::refresh).openDialog();
    }

    private void refresh() {
        grid.setItems(model == null ? schedules.schedulesOf(team) : schedules.schedulesOfModel(model));
    }
}
