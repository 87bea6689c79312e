package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.maintenance.ModelChoice;
import dev.beacon.maintenance.Schedule;
import dev.beacon.maintenance.ScheduleChoices;
import dev.beacon.maintenance.ScheduleData;
import dev.beacon.maintenance.ScheduleRecurrence;
import dev.beacon.maintenance.ScheduleRecurrence.Unit;
import dev.beacon.maintenance.ScheduleService;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketType;
import dev.beacon.security.UserReference;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;

import java.time.LocalDate;
import java.time.ZoneId;

/** Adds or edits a recurring schedule: how it repeats, from which day, and the ticket it opens each time. */
class ScheduleDialog extends FormDialog {

    private static final String INTERVAL = "Every N days, weeks or months";
    private static final String CRON = "Cron expression";

    private final ScheduleService schedules;
    private final TeamId team;
    private final Schedule existing;
    private final Runnable onSaved;
    final ComboBox<ModelChoice> model = new ComboBox<>("Model");
    final RadioButtonGroup<String> repeats = new RadioButtonGroup<>("Repeats");
    final IntegerField every = new IntegerField("Every");
    final Select<Unit> unit = new Select<>();
    final TextField cron = new TextField("Cron expression");
    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final DatePicker startDay = new DatePicker("Next ticket on");
    final Select<TicketType> type = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final Select<TicketPriority> priority = new Select<>();
    final ComboBox<UserReference> assignee = new ComboBox<>("Assign to");
    final IntegerField dueAfterDays = new IntegerField("Due after (days)");
    final Checkbox enabled = new Checkbox("Opens tickets (untick to pause)");

    /** @param forModel the model a new schedule starts with, or null */
    ScheduleDialog(ScheduleService schedules, TeamId team, ModelId forModel, Schedule existing, Runnable onSaved) {
        super(existing == null ? "Add maintenance schedule" : "Edit maintenance schedule", existing == null ? "Add schedule" : "Save");
        this.schedules = schedules;
        this.team = team;
        this.existing = existing;
        this.onSaved = onSaved;
        setWidth("min(44rem, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        ScheduleChoices choices = schedules.choices(team);
        configure(choices);
        errors.bind("modelId", model).bind("every", every).bind("cron", cron).bind("timeZone", zone).bind("startDay", startDay)
                .bind("type", type).bind("title", title).bind("description", description).bind("priority", priority)
                .bind("assigneeId", assignee).bind("dueAfterDays", dueAfterDays);
        form.add(type, model, title, priority);
        form.add(description, 2);
        form.add(repeats, 2);
        form.add(every, unit, cron, zone, startDay, assignee, dueAfterDays, enabled);
        keepEnterIn(description, type, unit, priority);
        read(existing == null ? null : existing.data(), choices);
        if (existing == null && forModel != null) {
            choices.models().stream().filter(choice -> choice.id().equals(forModel)).findFirst().ifPresent(model::setValue);
        }
    }

    void openDialog() {
        openFocused(title);
    }

    private void configure(ScheduleChoices choices) {
        model.setItems(choices.models());
        model.setItemLabelGenerator(ModelChoice::name);
        model.setClearButtonVisible(true);
        model.setHelperText("Empty: team-wide work");
        repeats.setItems(INTERVAL, CRON);
        repeats.addValueChangeListener(event -> showRepeats(CRON.equals(event.getValue())));
        every.setMin(1);
        every.setMax(ScheduleRecurrence.MAX_EVERY);
        unit.setLabel("Unit");
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(value -> value.label(2));
        cron.setHelperText("Minute hour day-of-month month day-of-week, e.g. \"0 9 1 */3 *\": 09:00 on the 1st of every third month");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        startDay.setHelperText("Ignored while a ticket of the schedule is open: the next date then follows its completion");
        type.setLabel("Type");
        type.setItems(TicketType.values());
        type.setItemLabelGenerator(TicketType::label);
        title.setMaxLength(TicketData.MAX_TITLE);
        description.setMaxLength(TicketData.MAX_DESCRIPTION);
        priority.setLabel("Priority");
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(TicketPriority::label);
        assignee.setItems(choices.assignees());
        assignee.setItemLabelGenerator(UserReference::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setHelperText("An editor or owner of the team; they are notified of each new ticket");
        dueAfterDays.setMin(0);
        dueAfterDays.setMax(ScheduleData.MAX_DUE_AFTER_DAYS);
        dueAfterDays.setHelperText("Empty: no due date");
    }

    private void read(ScheduleData data, ScheduleChoices choices) {
        if (data == null) {
            repeats.setValue(INTERVAL);
            every.setValue(30);
            unit.setValue(Unit.DAYS);
            zone.setValue(UserTime.zone().getId());
            startDay.setValue(LocalDate.ofInstant(schedules.now(), UserTime.zone()));
            type.setValue(TicketType.SECURITY_PATCH);
            priority.setValue(TicketPriority.NORMAL);
            dueAfterDays.setValue(7);
            enabled.setValue(true);
            return;
        }
        ScheduleRecurrence recurrence = data.recurrence();
        repeats.setValue(recurrence.isCron() ? CRON : INTERVAL);
        every.setValue(recurrence.every());
        unit.setValue(recurrence.unit() == null ? Unit.DAYS : recurrence.unit());
        cron.setValue(recurrence.cron() == null ? "" : recurrence.cron());
        zone.setValue(recurrence.zone().getId());
        startDay.setValue(data.startDay());
        choices.models().stream().filter(choice -> choice.id().equals(data.modelId())).findFirst().ifPresent(model::setValue);
        choices.assignees().stream().filter(user -> user.id().equals(data.assigneeId())).findFirst().ifPresent(assignee::setValue);
        type.setValue(data.type());
        title.setValue(data.title());
        description.setValue(data.description());
        priority.setValue(data.priority());
        dueAfterDays.setValue(data.dueAfterDays());
        enabled.setValue(data.enabled());
    }

    private void showRepeats(boolean isCron) {
        every.setVisible(!isCron);
        unit.setVisible(!isCron);
        cron.setVisible(isCron);
    }

    @Override
    protected boolean save() {
        boolean ok = FormSubmission.succeeded(errors, () -> {
            ZoneId timeZone = ScheduleRecurrence.zone(zone.getValue());
            ScheduleRecurrence recurrence = CRON.equals(repeats.getValue()) ? ScheduleRecurrence.cron(cron.getValue(), timeZone)
                    : new ScheduleRecurrence(every.getValue(), unit.getValue(), null, timeZone);
            ScheduleData data = new ScheduleData(model.getValue() == null ? null : model.getValue().id(), recurrence,
                    startDay.getValue(), type.getValue(), title.getValue(), description.getValue(), priority.getValue(),
                    assignee.getValue() == null ? null : assignee.getValue().id(), dueAfterDays.getValue(), enabled.getValue());
            if (existing == null) {
                schedules.create(team, data);
            } else {
                schedules.update(existing.id(), existing.version(), data);
            }
        });
        if (ok) {
            Notifications.success(existing == null ? "Schedule added" : "Schedule saved");
            onSaved.run();
        }
        return ok;
    }
}
