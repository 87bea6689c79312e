package dev.beacon.alerting.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.beacon.alerting.MaintenanceSchedule.Recurrence;
import dev.beacon.alerting.MaintenanceWindowData;
import dev.beacon.alerting.MaintenanceWindowService;
import dev.beacon.registry.ModelEntry;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.UserTime;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

/** Adds a recurring maintenance window for the whole team or one model: weekly on some days, or monthly on one day. */
class MaintenanceWindowDialog extends FormDialog {

    private final MaintenanceWindowService windows;
    private final TeamId team;
    private final Runnable onSaved;
    private final TextField name = new TextField("Name");
    private final ComboBox<ModelEntry> model = new ComboBox<>("Model");
    private final RadioButtonGroup<Recurrence> recurrence = new RadioButtonGroup<>("Repeats");
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Days");
    private final IntegerField dayOfMonth = new IntegerField("Day of the month");
    private final TimePicker start = new TimePicker("Starts at");
    private final IntegerField minutes = new IntegerField("Duration (minutes)");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");

    MaintenanceWindowDialog(MaintenanceWindowService windows, TeamId team, Runnable onSaved) {
        super("Add maintenance window", "Add window");
        this.windows = windows;
        this.team = team;
        this.onSaved = onSaved;
        name.setMaxLength(100);
        model.setItems(windows.models(team));
        model.setItemLabelGenerator(ModelEntry::name);
        model.setClearButtonVisible(true);
        model.setHelperText("Empty: every model of the team");
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(value -> value == Recurrence.WEEKLY ? "Weekly" : "Monthly");
        recurrence.setValue(Recurrence.WEEKLY);
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(MutesPanel::dayName);
        dayOfMonth.setMin(1);
        dayOfMonth.setMax(31);
        dayOfMonth.setValue(1);
        dayOfMonth.setHelperText("A month without that day uses its last day");
        dayOfMonth.setVisible(false);
        recurrence.addValueChangeListener(event -> {
            days.setVisible(event.getValue() == Recurrence.WEEKLY);
            dayOfMonth.setVisible(event.getValue() == Recurrence.MONTHLY);
        });
        start.setValue(LocalTime.of(2, 0));
        minutes.setValue(120);
        minutes.setMin(1);
        minutes.setMax(MaintenanceWindowData.MAX_MINUTES);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(UserTime.zone().getId());
        zone.setHelperText(MutesPanel.WINDOW_RULE);
        errors.bind("name", name).bind("recurrence", recurrence).bind("daysOfWeek", days).bind("dayOfMonth", dayOfMonth)
                .bind("start", start).bind("durationMinutes", minutes).bind("timeZone", zone);
        form.add(name, model, recurrence, days, dayOfMonth, start, minutes, zone);
    }

    void openDialog() {
        openFocused(name);
    }

    @Override
    protected boolean save() {
        MaintenanceWindowData data = new MaintenanceWindowData(name.getValue(), model.getValue() == null ? null : model.getValue().id(),
                recurrence.getValue(), days.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days.getValue()),
                dayOfMonth.getValue(), start.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(), zone.getValue());
        boolean ok = FormSubmission.succeeded(errors, () -> windows.create(team, data));
        if (ok) {
            onSaved.run();
        }
        return ok;
    }
}
