package dev.beacon.alerting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.alerting.DefaultRule;
import dev.beacon.alerting.DefaultRuleData;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.TeamDefaultService;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

/** Adds or edits a team default: its name, the runtime and tag it matches, and the rule each matching model gets. */
class DefaultRuleDialog extends FormDialog {

    final TextField name = new TextField("Name");
    final ComboBox<ModelRuntime> runtime = new ComboBox<>("Models on runtime");
    final TextField tag = new TextField("Models with tag");
    final RuleFields fields = new RuleFields();
    private final TeamDefaultService defaults;
    private final TeamId team;
    private final DefaultRule existing;
    private final Runnable saved;

    DefaultRuleDialog(TeamDefaultService defaults, TeamId team, DefaultRule existing, Runnable saved) {
        super(existing == null ? "Add team default" : "Edit team default", existing == null ? "Add default" : "Save");
        this.defaults = defaults;
        this.team = team;
        this.existing = existing;
        this.saved = saved;
        setWidth("min(48rem, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        runtime.setItems(ModelRuntime.values());
        runtime.setItemLabelGenerator(ModelRuntime::label);
        runtime.setClearButtonVisible(true);
        runtime.setHelperText("Empty: any runtime");
        tag.setHelperText("Empty: any tags");
        name.setMaxLength(100);
        errors.bind("name", name).bind("matchRuntime", runtime).bind("matchTag", tag);
        form.add(name, 2);
        form.add(runtime, tag);
        fields.addTo(form, errors);
        keepEnterIn(fields.notes);
        DefaultRuleData data = existing == null ? new DefaultRuleData("", null, null, RuleData.suggestion()) : existing.data();
        name.setValue(data.name());
        runtime.setValue(data.matchRuntime());
        tag.setValue(data.matchTag() == null ? "" : data.matchTag());
        fields.read(data.rule());
    }

    DefaultRuleData write() {
        return new DefaultRuleData(name.getValue(), runtime.getValue(), tag.getValue(), fields.write());
    }

    @Override
    protected boolean save() {
        DefaultRuleData data = write();
        boolean ok = FormSubmission.succeeded(errors, () -> {
            if (existing == null) {
                defaults.create(team, data);
            } else {
                defaults.update(existing.id(), existing.version(), data);
            }
        });
        if (ok) {
            Notifications.success(existing == null ? "Team default added" : "Team default saved; its models' copies changed with it");
            saved.run();
        }
        return ok;
    }
}
