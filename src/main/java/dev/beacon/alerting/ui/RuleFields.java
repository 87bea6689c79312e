package dev.beacon.alerting.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.alerting.AlertMetric;
import dev.beacon.alerting.NoDataMode;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.ThresholdComparator;
import dev.beacon.shared.ui.FieldErrors;

import java.util.List;

/**
 * The fields of one threshold rule, shared by a model's rule form and a team default's form. Times are typed in
 * minutes and seconds and kept in seconds; fields a metric or no-data mode does not use are hidden.
 */
final class RuleFields {

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
    final IntegerField repeatMinutes = new IntegerField("Repeat every (minutes)");
    final Checkbox enabled = new Checkbox("Enabled");
    final TextField runbookUrl = new TextField("Runbook URL");
    final TextArea notes = new TextArea("Notes");

    RuleFields() {
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
        repeatMinutes.setHelperText("While it keeps firing unacknowledged, remind the team this often (1 min – 7 days); "
                + "empty for Beacon's default");
        noData.addValueChangeListener(event -> noDataAfterMinutes.setVisible(event.getValue() == NoDataMode.ALERT));
        metric.addValueChangeListener(event -> scoreName.setVisible(event.getValue() == AlertMetric.EVAL_SCORE));
    }

    void addTo(FormLayout form, FieldErrors errors) {
        errors.bind("metric", metric).bind("scoreName", scoreName).bind("comparator", comparator)
                .bind("warningThreshold", warning).bind("criticalThreshold", critical).bind("windowSeconds", windowMinutes)
                .bind("pendingSeconds", pendingSeconds).bind("minRequests", minRequests).bind("noData", noData)
                .bind("noDataAfterSeconds", noDataAfterMinutes).bind("runbookUrl", runbookUrl).bind("notes", notes)
                .bind("repeatIntervalSeconds", repeatMinutes);
        form.add(metric, scoreName, comparator, windowMinutes, warning, critical, pendingSeconds, minRequests, noData,
                noDataAfterMinutes, repeatMinutes, runbookUrl, enabled);
        form.add(notes, 2);
    }

    /** Calls back when a field that changes the rule's thresholds or timing changes. */
    void onThresholdsChange(Runnable listener) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(metric, scoreName, comparator, warning, critical, windowMinutes,
                pendingSeconds)) {
            field.addValueChangeListener(event -> listener.run());
        }
    }

    void read(RuleData data) {
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
        repeatMinutes.setValue(data.repeatIntervalSeconds() == null ? null : data.repeatIntervalSeconds() / 60);
        enabled.setValue(data.enabled());
        runbookUrl.setValue(data.runbookUrl() == null ? "" : data.runbookUrl());
        notes.setValue(data.notes());
        scoreName.setVisible(metric.getValue() == AlertMetric.EVAL_SCORE);
        noDataAfterMinutes.setVisible(noData.getValue() == NoDataMode.ALERT);
    }

    RuleData write() {
        return new RuleData(metric.getValue(), scoreName.getValue(), comparator.getValue(), warning.getValue(), critical.getValue(),
                windowMinutes.getValue() == null ? null : windowMinutes.getValue() * 60, pendingSeconds.getValue(),
                minRequests.getValue(), noData.getValue(),
                noDataAfterMinutes.getValue() == null ? null : noDataAfterMinutes.getValue() * 60, enabled.getValue(),
                runbookUrl.getValue(), notes.getValue(), repeatMinutes.getValue() == null ? null : repeatMinutes.getValue() * 60);
    }
}
