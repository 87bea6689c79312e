package dev.beacon.alerting.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.alerting.SilenceService;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

import java.time.Duration;

/** "Silence" on an alert: mutes its rule's notices for 1 h, 4 h, 24 h or a custom number of hours. */
class SilenceDialog extends FormDialog {

    private static final String CUSTOM = "Custom";

    private final SilenceService silences;
    private final RuleOverview alert;
    private final Runnable onSaved;
    private final RadioButtonGroup<String> length = new RadioButtonGroup<>("For");
    private final IntegerField hours = new IntegerField("Hours");
    private final TextField reason = new TextField("Reason");

    SilenceDialog(SilenceService silences, RuleOverview alert, Runnable onSaved) {
        super("Silence alert", "Silence");
        this.silences = silences;
        this.alert = alert;
        this.onSaved = onSaved;
        length.setItems("1 hour", "4 hours", "24 hours", CUSTOM);
        length.setValue("1 hour");
        hours.setMin(1);
        hours.setMax(720);
        hours.setVisible(false);
        length.addValueChangeListener(event -> hours.setVisible(CUSTOM.equals(event.getValue())));
        reason.setMaxLength(500);
        reason.setHelperText("The rule is still evaluated and its history kept; only notifications are held back.");
        errors.bind("duration", hours).bind("reason", reason);
        form.add(new com.vaadin.flow.component.html.Paragraph(alert.rule().data().summary()), length, hours, reason);
    }

    void openDialog() {
        openFocused(reason);
    }

    @Override
    protected boolean save() {
        Duration duration = switch (length.getValue()) {
            case "4 hours" -> Duration.ofHours(4);
            case "24 hours" -> Duration.ofHours(24);
            case CUSTOM -> hours.getValue() == null ? null : Duration.ofHours(hours.getValue());
            default -> Duration.ofHours(1);
        };
        boolean ok = FormSubmission.succeeded(errors, () -> silences.silenceRule(alert.rule().id(), duration, reason.getValue()));
        if (ok) {
            onSaved.run();
        }
        return ok;
    }
}
