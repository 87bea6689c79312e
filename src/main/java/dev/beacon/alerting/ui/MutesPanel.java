package dev.beacon.alerting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.alerting.MaintenanceSchedule.Recurrence;
import dev.beacon.alerting.MaintenanceWindow;
import dev.beacon.alerting.MaintenanceWindowService;
import dev.beacon.alerting.Silence;
import dev.beacon.alerting.SilenceService;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A team's silences and recurring maintenance windows: every member sees them, EDITORs and OWNERs add silences and
 * windows, end silences early and delete windows. Both only hold notifications back; alerts are still evaluated and
 * their history kept.
 */
class MutesPanel extends Section {

    static final String WINDOW_RULE = "A window opens at its start time on the wall clock of its time zone and closes when "
            + "that clock shows the start plus the duration. On the night clocks spring forward a start in the skipped hour "
            + "moves to the first valid time (the window is an hour shorter); on the night they fall back, a time in the "
            + "repeated hour means its first occurrence (the window is an hour longer).";

    private final SilenceService silences;
    private final MaintenanceWindowService windows;
    private final TeamId team;
    private final boolean canEdit;
    private final Grid<Silence> silenceGrid = new Grid<>();
    private final Grid<MaintenanceWindow> windowGrid = new Grid<>();

    MutesPanel(SilenceService silences, MaintenanceWindowService windows, TeamId team) {
        this.silences = silences;
        this.windows = windows;
        this.team = team;
        this.canEdit = windows.canEdit(team);
        addClassName("alert-mutes");
        getStyle().set("display", "block").set("margin-top", "var(--lumo-space-l)");
        add(header("Silences", "Add silence", () -> new TeamSilenceDialog(silences, windows, team, this::refresh).openDialog()),
                hint("Mute a model's, a rule's or a tag's alert notifications for a while. Alerts are still evaluated and "
                        + "their history shows them as silenced."));
        configureSilences();
        add(silenceGrid);
        add(header("Maintenance windows", "Add maintenance window",
                () -> new MaintenanceWindowDialog(windows, team, this::refresh).openDialog()), hint(WINDOW_RULE));
        configureWindows();
        add(windowGrid);
        refresh();
    }

    private Component header(String title, String addText, Runnable add) {
        HorizontalLayout header = new HorizontalLayout(new H3(title));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (canEdit) {
            Button button = new Button(addText, VaadinIcon.PLUS.create(), event -> add.run());
            header.add(button);
        }
        return header;
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        return hint;
    }

    private void configureSilences() {
        silenceGrid.setAriaLabel("Silences");
        silenceGrid.addClassName("silences");
        silenceGrid.addColumn(Silence::matches).setHeader("Silences").setFlexGrow(2);
        silenceGrid.addColumn(silence -> UserTime.format(silence.data().startsAt()) + " – " + UserTime.format(silence.effectiveEnd())
                + (silence.endedEarlyAt() != null ? " (ended early)" : "")).setHeader("When").setAutoWidth(true);
        silenceGrid.addColumn(silence -> silence.data().reason()).setHeader("Reason").setFlexGrow(2);
        silenceGrid.addColumn(Silence::createdBy).setHeader("By").setAutoWidth(true);
        if (canEdit) {
            silenceGrid.addComponentColumn(this::endButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        silenceGrid.setAllRowsVisible(true);
        silenceGrid.setEmptyStateText("No silence is active or planned. Silence a firing alert from its model's Alerts tab, or add one here.");
    }

    private Component endButton(Silence silence) {
        if (!silences.isRunning(silence)) {
            return new Span();
        }
        Button end = new Button("End now", event -> {
            silences.endEarly(silence.id());
            Notifications.success("Ended the silence of " + silence.matches());
            refresh();
        });
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        end.setAriaLabel("End the silence of " + silence.matches() + " now");
        return end;
    }

    private void configureWindows() {
        windowGrid.setAriaLabel("Maintenance windows");
        windowGrid.addClassName("maintenance-windows");
        windowGrid.addColumn(window -> window.data().name()).setHeader("Name").setAutoWidth(true);
        windowGrid.addColumn(window -> window.modelName() == null ? "Every model" : window.modelName()).setHeader("Covers").setAutoWidth(true);
        windowGrid.addColumn(MutesPanel::recurrence).setHeader("When").setFlexGrow(2);
        if (canEdit) {
            windowGrid.addComponentColumn(this::deleteButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        windowGrid.setAllRowsVisible(true);
        windowGrid.setEmptyStateText("No maintenance windows. Add one for planned work that should not wake anyone, e.g. every Sunday 02:00–04:00.");
    }

    static String recurrence(MaintenanceWindow window) {
        var data = window.data();
        String days = data.recurrence() == Recurrence.WEEKLY
                ? "Every " + data.daysOfWeek().stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "))
                : "Day " + data.dayOfMonth() + " of every month";
        return days + ", " + data.start() + " for " + data.durationMinutes() + " min (" + data.timeZone() + ")";
    }

    private Component deleteButton(MaintenanceWindow window) {
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> ConfirmDialogs.confirmDestructive(
                "Delete maintenance window \"" + window.data().name() + "\"?", "Alerts notify again at these times.",
                "Delete window", () -> {
                    windows.delete(window.id(), window.version());
                    refresh();
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete maintenance window " + window.data().name());
        return delete;
    }

    private void refresh() {
        silenceGrid.setItems(silences.silences(team));
        windowGrid.setItems(windows.windows(team));
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
