package dev.beacon.alerting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.alerting.MaintenanceWindowService;
import dev.beacon.alerting.SilenceData;
import dev.beacon.alerting.SilenceService;
import dev.beacon.registry.ModelEntry;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.UserTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Adds a silence of one of the team's models or of every model with a tag, from a start to an end. */
class TeamSilenceDialog extends FormDialog {

    private static final String MODEL = "A model";
    private static final String TAG = "Models with a tag";

    private final SilenceService silences;
    private final TeamId team;
    private final Runnable onSaved;
    private final RadioButtonGroup<String> matcher = new RadioButtonGroup<>("Silence");
    private final ComboBox<ModelEntry> model = new ComboBox<>("Model");
    private final TextField tag = new TextField("Tag");
    private final DateTimePicker startsAt = new DateTimePicker("From");
    private final DateTimePicker endsAt = new DateTimePicker("Until");
    private final TextField reason = new TextField("Reason");

    TeamSilenceDialog(SilenceService silences, MaintenanceWindowService windows, TeamId team, Runnable onSaved) {
        super("Add silence", "Silence");
        this.silences = silences;
        this.team = team;
        this.onSaved = onSaved;
        matcher.setItems(MODEL, TAG);
        matcher.setValue(MODEL);
        model.setItems(windows.models(team));
        model.setItemLabelGenerator(ModelEntry::name);
        tag.setVisible(false);
        tag.setMaxLength(40);
        matcher.addValueChangeListener(event -> {
            model.setVisible(MODEL.equals(event.getValue()));
            tag.setVisible(TAG.equals(event.getValue()));
        });
        LocalDateTime now = LocalDateTime.ofInstant(silences.now().truncatedTo(ChronoUnit.MINUTES), UserTime.zone());
        startsAt.setValue(now);
        endsAt.setValue(now.plusHours(1));
        reason.setMaxLength(500);
        errors.bind("model", model).bind("tag", tag).bind("startsAt", startsAt).bind("endsAt", endsAt).bind("reason", reason);
        form.add(matcher, model, tag, startsAt, endsAt, reason);
    }

    void openDialog() {
        openFocused(reason);
    }

    @Override
    protected boolean save() {
        boolean byModel = MODEL.equals(matcher.getValue());
        SilenceData data = new SilenceData(byModel && model.getValue() != null ? model.getValue().id() : null, null,
                byModel ? null : tag.getValue(), instant(startsAt.getValue()), instant(endsAt.getValue()), reason.getValue());
        boolean ok = FormSubmission.succeeded(errors, () -> silences.create(team, data));
        if (ok) {
            onSaved.run();
        }
        return ok;
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(UserTime.zone()).toInstant();
    }
}
