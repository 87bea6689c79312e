package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentData;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.RunSchedule;
import dev.beacon.evaluation.ui.SuiteChoices.ModelOption;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Attaches the suite to a model of its team ("Attach to model") or changes an attachment: when it runs (manual only,
 * every N minutes or hours, or a cron expression in a time zone), on all cases or a random sample, and the call
 * settings (temperature, max tokens, concurrency, per-call timeout).
 */
class AttachmentDialog extends FormDialog {

    static final String ALL = "All cases";
    static final String SAMPLE = "A random sample";

    private final AttachmentService attachments;
    private final SuitePage page;
    private final Attachment editing;
    final ComboBox<ModelOption> model = new ComboBox<>("Model");
    final Select<ScheduleKind> schedule = new Select<>();
    final IntegerField every = new IntegerField("Every");
    final TextField cron = new TextField("Cron expression");
    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final RadioButtonGroup<String> cases = new RadioButtonGroup<>("Cases per run");
    final IntegerField sampleSize = new IntegerField("Sample size");
    final BigDecimalField temperature = new BigDecimalField("Temperature");
    final IntegerField maxTokens = new IntegerField("Max tokens");
    final IntegerField concurrency = new IntegerField("Concurrency");
    final IntegerField timeoutSeconds = new IntegerField("Timeout (seconds)");
    final Checkbox enabled = new Checkbox("Run on the schedule", true);

    /** @param editing the attachment to change, or null to attach the suite to one of {@code models} */
    AttachmentDialog(AttachmentService attachments, SuitePage page, List<ModelOption> models, Attachment editing) {
        super(editing == null ? "Attach to model" : "Edit attachment to " + editing.modelName(),
                editing == null ? "Attach" : "Save changes");
        this.attachments = attachments;
        this.page = page;
        this.editing = editing;
        setWidth("min(40rem, 95vw)");
        model.setItems(models);
        model.setItemLabelGenerator(ModelOption::name);
        model.setRequiredIndicatorVisible(true);
        model.setHelperText("Beacon calls its endpoint's /v1/chat/completions with its served model name");
        configureSchedule();
        cases.setItems(ALL, SAMPLE);
        cases.addValueChangeListener(event -> sampleSize.setVisible(SAMPLE.equals(event.getValue())));
        sampleSize.setMin(1);
        sampleSize.setMax(AttachmentData.MAX_SAMPLE_SIZE);
        sampleSize.setHelperText("This many random cases per run");
        temperature.setHelperText("0 gives the most repeatable answers");
        maxTokens.setMin(1);
        maxTokens.setMax(AttachmentData.MAX_TOKENS);
        concurrency.setMin(1);
        concurrency.setMax(AttachmentData.MAX_CONCURRENCY);
        concurrency.setHelperText("Calls to the model at once, 1 to " + AttachmentData.MAX_CONCURRENCY);
        timeoutSeconds.setMin(1);
        timeoutSeconds.setMax(AttachmentData.MAX_TIMEOUT_SECONDS);
        timeoutSeconds.setHelperText("A call that takes longer counts as errored");
        form.add(model, schedule, every, cron, zone, enabled, cases, sampleSize, temperature, maxTokens, concurrency, timeoutSeconds);
        errors.bind("model", model).bind("modelId", model).bind("schedule", schedule).bind("everyMinutes", every)
                .bind("cron", cron).bind("zone", zone).bind("sampleSize", sampleSize).bind("temperature", temperature)
                .bind("maxTokens", maxTokens).bind("concurrency", concurrency).bind("timeoutSeconds", timeoutSeconds);
        keepEnterIn(schedule);
        read(editing == null ? AttachmentData.defaults(null) : editing.data());
        if (editing != null) {
            models.stream().filter(option -> option.id().equals(editing.model())).findFirst().ifPresentOrElse(model::setValue,
                    () -> {
                        ModelOption own = new ModelOption(editing.model(), editing.modelName());
                        model.setItems(own);
                        model.setValue(own);
                    });
            model.setReadOnly(true);
        } else if (models.size() == 1) {
            model.setValue(models.getFirst());
        }
    }

    void show() {
        openFocused(model.isReadOnly() ? schedule : model);
    }

    private void configureSchedule() {
        schedule.setLabel("Schedule");
        schedule.setItems(ScheduleKind.values());
        schedule.setItemLabelGenerator(kind -> kind == null ? "" : kind.label());
        schedule.addValueChangeListener(event -> showSchedule());
        every.setMin(1);
        cron.setHelperText("Five fields, e.g. 0 */6 * * * (every 6 hours) or 30 7 * * MON-FRI");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(UserTime.zone().getId());
    }

    private void showSchedule() {
        ScheduleKind kind = schedule.getValue();
        every.setVisible(kind == ScheduleKind.MINUTES || kind == ScheduleKind.HOURS);
        every.setSuffixComponent(new com.vaadin.flow.component.html.Span(kind == ScheduleKind.HOURS ? "hours" : "minutes"));
        cron.setVisible(kind == ScheduleKind.CRON);
        zone.setVisible(kind == ScheduleKind.CRON);
        enabled.setVisible(kind != ScheduleKind.MANUAL);
    }

    private void read(AttachmentData data) {
        RunSchedule runs = data.schedule();
        ScheduleKind kind = ScheduleKind.of(runs);
        schedule.setValue(kind);
        if (kind == ScheduleKind.MINUTES) {
            every.setValue(runs.everyMinutes());
        } else if (kind == ScheduleKind.HOURS) {
            every.setValue(runs.everyMinutes() / 60);
        } else if (kind == ScheduleKind.CRON) {
            cron.setValue(runs.cron());
            zone.setValue(runs.zone().getId());
        }
        cases.setValue(data.sampleSize() == null ? ALL : SAMPLE);
        sampleSize.setValue(data.sampleSize());
        sampleSize.setVisible(data.sampleSize() != null);
        temperature.setValue(data.temperature());
        maxTokens.setValue(data.maxTokens());
        concurrency.setValue(data.concurrency());
        timeoutSeconds.setValue(data.timeoutSeconds());
        enabled.setValue(data.enabled());
        showSchedule();
    }

    private RunSchedule writeSchedule() {
        return switch (schedule.getValue()) {
            case MANUAL -> null;
            case MINUTES -> new RunSchedule(every.getValue(), null, null);
            case HOURS -> new RunSchedule(every.getValue() == null ? null : every.getValue() * 60, null, null);
            case CRON -> new RunSchedule(null, Objects.requireNonNullElse(cron.getValue(), ""), RunSchedule.zone(zone.getValue()));
        };
    }

    private AttachmentData write() {
        return new AttachmentData(model.getValue().id(), writeSchedule(),
                SAMPLE.equals(cases.getValue()) ? sampleSize.getValue() : null,
                Objects.requireNonNullElse(temperature.getValue(), BigDecimal.ZERO),
                orInvalid(maxTokens), orInvalid(concurrency), orInvalid(timeoutSeconds),
                enabled.getValue() || schedule.getValue() == ScheduleKind.MANUAL);
    }

    /** An empty number field is sent as 0, which the service refuses with its own message for that field. */
    private static int orInvalid(IntegerField field) {
        return Objects.requireNonNullElse(field.getValue(), 0);
    }

    @Override
    protected boolean save() {
        if (model.getValue() == null) {
            errors.show("model", "Choose the model to run the suite on");
            return false;
        }
        if (SAMPLE.equals(cases.getValue()) && sampleSize.getValue() == null) {
            errors.show("sampleSize", "Enter how many cases each run takes");
            return false;
        }
        Attachment[] saved = new Attachment[1];
        boolean accepted = FormSubmission.succeeded(errors, () -> saved[0] = editing == null
                ? attachments.attach(page.suite().id(), write())
                : attachments.update(editing.id(), write(), editing.version()));
        if (accepted) {
            Notifications.success((editing == null ? "Attached to " : "Saved the attachment to ") + saved[0].modelName());
            page.reload().run();
        }
        return accepted;
    }
}
