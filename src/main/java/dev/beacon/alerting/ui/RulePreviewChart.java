package dev.beacon.alerting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.beacon.alerting.AlertPreviewService;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.RulePreview;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.EChart;
import dev.beacon.shared.ui.chart.Axis;
import dev.beacon.shared.ui.chart.ChartColor;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.LineSeries;
import dev.beacon.shared.ui.chart.MarkLine;
import dev.beacon.shared.ui.chart.TimePoint;
import dev.beacon.shared.ui.chart.ValueFormat;

import java.util.ArrayList;
import java.util.List;

/** The rule form's live preview: the metric's last 24 hours with the thresholds as lines, and the would-have-fired count. */
class RulePreviewChart extends Div {

    private final AlertPreviewService previews;
    private final ModelId model;
    private final EChart chart;
    private final Span firings = new Span();

    RulePreviewChart(AlertPreviewService previews, ModelId model) {
        this.previews = previews;
        this.model = model;
        addClassName("rule-preview");
        setWidthFull();
        chart = new EChart(ChartOption.timeSeries("Last 24 hours").yAxis(Axis.value(ValueFormat.count())).build());
        chart.setWidthFull();
        chart.setHeight("220px");
        firings.addClassName("would-have-fired");
        add(chart, firings);
    }

    void show(RuleData rule) {
        if (rule.metric() == null) {
            return;
        }
        RulePreview preview;
        try {
            preview = previews.preview(model, rule);
        } catch (RuntimeException e) {
            firings.setText("No preview: " + e.getMessage());
            return;
        }
        if (!preview.available()) {
            chart.setVisible(false);
            firings.setText("No preview for this metric.");
            return;
        }
        chart.setVisible(true);
        List<TimePoint> points = preview.points().stream()
                .map(point -> point.value() == null ? TimePoint.gap(point.time()) : TimePoint.of(point.time(), point.value()))
                .toList();
        List<MarkLine.Item> lines = new ArrayList<>();
        if (rule.warningThreshold() != null) {
            lines.add(MarkLine.threshold("Warning", rule.warningThreshold(), ChartColor.WARNING));
        }
        if (rule.criticalThreshold() != null) {
            lines.add(MarkLine.threshold("Critical", rule.criticalThreshold(), ChartColor.ERROR));
        }
        LineSeries series = LineSeries.of("metric", rule.metric().label(), points);
        if (!lines.isEmpty()) {
            series = series.markLine(MarkLine.of(lines));
        }
        chart.setOption(ChartOption.timeSeries(rule.metric().label() + ", last 24 hours").yAxis(Axis.value(ValueFormat.count())).series(series).build());
        boolean anyData = points.stream().anyMatch(point -> point.value() != null);
        firings.setText(!anyData ? "No data in the last 24 hours."
                : "Would have fired " + preview.wouldHaveFired() + (preview.wouldHaveFired() == 1 ? " time" : " times") + " in the last 24 h.");
    }
}
