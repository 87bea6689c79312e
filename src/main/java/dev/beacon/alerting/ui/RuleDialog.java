package dev.beacon.alerting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.alerting.AlertMetric;
import dev.beacon.alerting.AlertPreviewService;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.NoDataMode;
import dev.beacon.alerting.Rule;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.ThresholdComparator;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

import java.util.List;

/**
 * Adds or edits a rule, with a live preview under the fields: the metric's last 24 hours with the thresholds drawn,
 * and how often the rule would have fired. Times are typed in minutes and seconds and kept in seconds.
 */
class RuleDialog extends FormDialog {

    final Select<AlertMetric> metric = new Select<>();
    final TextField scoreName = new TextField("Score name");
    final Select<ThresholdComparator> comparator = new Select<>();
    final NumberField warning = new NumberField("Warning threshold");
    final NumberField critical = new NumberField("Critical threshold");
    final IntegerField windowMinutes = new IntegerField("Window (minutes)");
    final IntegerField pendingSeconds = new IntegerField("Pending period (seconds)");
    final IntegerField minRequests = new IntegerField("Minimum requests in the window");
    final Select<NoDataMode> noData = new Select<>();
    final IntegerField noDataAfterMinutes = new IntegerField("Alert after (minutes without data)");
    final Checkbox enabled = new Checkbox("Enabled");
    final TextField runbookUrl = new TextField("Runbook URL");
    final TextArea notes = new TextArea("Notes");
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
        metric.setLabel("Metric");
        metric.setItems(AlertMetric.values());
        metric.setItemLabelGenerator(m -> m.label() + (m.unit().isEmpty() ? "" : " (" + m.unit() + ")"));
        comparator.setLabel("Alert when the value is");
        comparator.setItems(ThresholdComparator.values());
        comparator.setItemLabelGenerator(ThresholdComparator::label);
        noData.setLabel("Without data");
        noData.setItems(NoDataMode.values());
        noData.setItemLabelGenerator(NoDataMode::label);
        scoreName.setHelperText("e.g. accuracy");
        minRequests.setHelperText("Fewer count as no data (latency, error rate, context use)");
        errors.bind("metric", metric).bind("scoreName", scoreName).bind("comparator", comparator)
                .bind("warningThreshold", warning).bind("criticalThreshold", critical).bind("windowSeconds", windowMinutes)
                .bind("pendingSeconds", pendingSeconds).bind("minRequests", minRequests).bind("noData", noData)
                .bind("noDataAfterSeconds", noDataAfterMinutes).bind("runbookUrl", runbookUrl).bind("notes", notes);
        form.setResponsiveSteps(new com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep("0", 1),
                new com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep("500px", 2));
        form.add(metric, scoreName, comparator, windowMinutes, warning, critical, pendingSeconds, minRequests, noData,
                noDataAfterMinutes, runbookUrl, enabled);
        form.add(notes, 2);
        Span note = new Span(existing != null && existing.fromDefault() != null
                ? "This rule comes from a team default; saving makes it this model's own (the default no longer changes it)." : "");
        add(note, preview);
        keepEnterIn(notes);
        read(existing == null ? RuleData.suggestion() : existing.data());
        for (com.vaadin.flow.component.HasValue<?, ?> field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(metric,
                scoreName, comparator, warning, critical, windowMinutes, pendingSeconds)) {
            field.addValueChangeListener(event -> refreshPreview());
        }
        noData.addValueChangeListener(event -> noDataAfterMinutes.setVisible(event.getValue() == NoDataMode.ALERT));
        metric.addValueChangeListener(event -> scoreName.setVisible(event.getValue() == AlertMetric.EVAL_SCORE));
        scoreName.setVisible(metric.getValue() == AlertMetric.EVAL_SCORE);
        noDataAfterMinutes.setVisible(noData.getValue() == NoDataMode.ALERT);
        refreshPreview();
    }

    private void read(RuleData data) {
        metric.setValue(data.metric());
        scoreName.setValue(data.scoreName() == null ? "" : data.scoreName());
        comparator.setValue(data.comparator());
        warning.setValue(data.warningThreshold());
        critical.setValue(data.criticalThreshold());
        windowMinutes.setValue(data.windowSeconds() / 60);
        pendingSeconds.setValue(data.pendingSeconds());
        minRequests.setValue(data.minRequests());
        noData.setValue(data.noData());
        noDataAfterMinutes.setValue(data.noDataAfterSeconds() == null ? 10 : data.noDataAfterSeconds() / 60);
        enabled.setValue(data.enabled());
        runbookUrl.setValue(data.runbookUrl() == null ? "" : data.runbookUrl());
        notes.setValue(data.notes());
    }

    RuleData write() {
        return new RuleData(metric.getValue(), scoreName.getValue(), comparator.getValue(), warning.getValue(), critical.getValue(),
                windowMinutes.getValue() == null ? null : windowMinutes.getValue() * 60, pendingSeconds.getValue(),
                minRequests.getValue(), noData.getValue(),
                noDataAfterMinutes.getValue() == null ? null : noDataAfterMinutes.getValue() * 60, enabled.getValue(),
                runbookUrl.getValue(), notes.getValue());
    }

    private void refreshPreview() {
        preview.show(write());
    }

    @Override
    protected boolean save() {
        RuleData data = write();
        boolean ok = FormSubmission.succeeded(errors, () -> {
            if (existing == null) {
                rules.create(model, data);
            } else {
                rules.update(existing.id(), existing.version(), data);
            }
        });
        if (ok) {
            Notifications.success(existing == null ? "Rule added" : "Rule saved");
            saved.run();
        }
        return ok;
    }
}
