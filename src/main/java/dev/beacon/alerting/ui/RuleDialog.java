package dev.beacon.alerting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import dev.beacon.alerting.AlertPreviewService;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.Rule;
import dev.beacon.alerting.RuleData;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

/**
 * Adds or edits a rule, with a live preview under the fields: the metric's last 24 hours with the thresholds drawn,
 * and how often the rule would have fired.
 */
class RuleDialog extends FormDialog {

    final RuleFields fields = new RuleFields();
    final Checkbox opensTicket = new Checkbox("Open an incident ticket when it fires Critical");
    private final RulePreviewChart preview;
    private final AlertRuleService rules;
    private final ModelId model;
    private final Rule existing;
    private final Runnable saved;

    RuleDialog(AlertRuleService rules, AlertPreviewService previews, ModelId model, Rule existing, Runnable saved) {
        super(existing == null ? "Add rule" : "Edit rule", existing == null ? "Add rule" : "Save");
        this.rules = rules;
        this.model = model;
        this.existing = existing;
        this.saved = saved;
        this.preview = new RulePreviewChart(previews, model);
        setWidth("min(48rem, 95vw)");
        form.setResponsiveSteps(new com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep("0", 1),
                new com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep("500px", 2));
        fields.addTo(form, errors);
        opensTicket.setHelperText("One open ticket per rule: firing again while it is open adds a comment to it");
        opensTicket.setValue(existing != null && existing.opensTicketOnCritical());
        form.add(opensTicket, 2);
        Span note = new Span(existing != null && existing.fromDefault() != null
                ? "This rule comes from team default " + existing.defaultName() + "; saving makes it this model's own "
                + "override (the default no longer changes it, until someone restores the default)." : "");
        add(note, preview);
        keepEnterIn(fields.notes);
        fields.read(existing == null ? RuleData.suggestion() : existing.data());
        fields.onThresholdsChange(this::refreshPreview);
        refreshPreview();
    }

    RuleData write() {
        return fields.write();
    }

    private void refreshPreview() {
        preview.show(write());
    }

    @Override
    protected boolean save() {
        RuleData data = write();
        boolean ok = FormSubmission.succeeded(errors, () -> {
            Rule rule = existing == null ? rules.create(model, data) : rules.update(existing.id(), existing.version(), data);
            rules.setOpensTicketOnCritical(rule.id(), opensTicket.getValue());
        });
        if (ok) {
            Notifications.success(existing == null ? "Rule added" : "Rule saved");
            saved.run();
        }
        return ok;
    }
}
