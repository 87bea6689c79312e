package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.beacon.dashboard.ChartType;
import dev.beacon.dashboard.Panel;
import dev.beacon.dashboard.PanelReading;
import dev.beacon.shared.ui.EChart;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The body of a panel: its chart, its figures, or why there is nothing to show — no access to its
 * models (never naming them), no models left, or no data in the range. A refresh sends a chart only new
 * points when its series stay the same.
 */
class PanelContent extends Div {

    private final BiConsumer<Instant, Instant> onZoom;
    private EChart chart;
    private List<String> seriesIds = List.of();

    PanelContent(BiConsumer<Instant, Instant> onZoom) {
        this.onZoom = onZoom;
        addClassName("beacon-panel-body");
    }

    void show(Panel panel, PanelReading reading, boolean dataOnly) {
        switch (reading) {
            case null -> message(panel.hiddenModels() > 0 ? VaadinIcon.LOCK : VaadinIcon.CUBES,
                    panel.hiddenModels() > 0 ? "No access" : "No models",
                    panel.hiddenModels() > 0 ? "This panel shows models of a team you are not in."
                            : "The models of this panel were deleted. Edit the panel to choose others.");
            case PanelReading.Series series -> showSeries(panel, series, dataOnly);
            case PanelReading.Distribution distribution -> {
                if (distribution.distribution().isEmpty()) {
                    noData();
                } else {
                    showChart(PanelCharts.heatmap(panel, distribution.distribution()), List.of("distribution"), dataOnly, false);
                }
            }
            case PanelReading.Figures figures -> showFigures(panel, figures);
        }
    }

    private void showSeries(Panel panel, PanelReading.Series series, boolean dataOnly) {
        boolean anyData = series.series().stream().anyMatch(s -> s.points().stream().anyMatch(p -> p.value() != null));
        if (!anyData) {
            noData();
            return;
        }
        List<String> ids = series.series().stream().map(s -> s.model().id().toString()).toList();
        if (dataOnly && chart != null && ids.equals(seriesIds)) {
            chart.setSeriesData(PanelCharts.seriesData(panel, series));
        } else {
            showChart(PanelCharts.timeSeries(panel, series), ids, false, true);
        }
    }

    private void showChart(dev.beacon.shared.ui.chart.ChartOption option, List<String> ids, boolean replaceOption,
                           boolean zoomable) {
        if (replaceOption && chart != null && ids.equals(seriesIds)) {
            chart.setOption(option);
            return;
        }
        removeAll();
        chart = new EChart(option);
        chart.setWidthFull();
        chart.setHeight("100%");
        if (zoomable) {
            chart.addRangeSelectListener(zoom -> onZoom.accept(zoom.getFrom(), zoom.getTo()));
        }
        seriesIds = ids;
        add(chart);
    }

    private void showFigures(Panel panel, PanelReading.Figures figures) {
        forgetChart();
        removeAll();
        if (figures.figures().isEmpty()) {
            noData();
            return;
        }
        DisplayUnit unit = DisplayUnit.of(figures.unit(), panel.aggregation());
        Div tiles = new Div();
        tiles.addClassName(panel.chart() == ChartType.GAUGE ? "beacon-gauges" : "beacon-stats");
        for (PanelReading.ModelFigure figure : figures.figures()) {
            tiles.add(panel.chart() == ChartType.GAUGE ? gauge(panel, figure, unit) : stat(panel, figure, unit));
        }
        add(tiles);
    }

    private static Div stat(Panel panel, PanelReading.ModelFigure figure, DisplayUnit unit) {
        String unitText = unit.suffix(figure.value());
        Span suffix = new Span(unitText.isEmpty() ? "" : " " + unitText);
        suffix.addClassName("beacon-stat-unit");
        Span value = new Span(new Span(unit.number(figure.value())), suffix);
        value.addClassName("beacon-stat-value");
        Div stat = new Div(modelName(figure), value, StatSparkline.of(figure.sparkline(),
                panel.displayTitle() + " of " + figure.model().name() + " over the range"));
        stat.addClassName("beacon-stat");
        return stat;
    }

    private static Div gauge(Panel panel, PanelReading.ModelFigure figure, DisplayUnit unit) {
        EChart gauge = new EChart(PanelCharts.gauge(panel, figure, unit));
        gauge.setWidthFull();
        gauge.addClassName("beacon-gauge-chart");
        Div box = new Div(modelName(figure), gauge);
        box.addClassName("beacon-gauge");
        return box;
    }

    private static Span modelName(PanelReading.ModelFigure figure) {
        Span name = new Span(figure.model().name());
        name.addClassName("beacon-stat-model");
        name.setTitle(figure.model().name() + " (" + figure.model().teamName() + ")");
        return name;
    }

    private void noData() {
        message(VaadinIcon.CHART_LINE, "No data in this range", "Choose a longer range, or send these models data.");
    }

    private void message(VaadinIcon icon, String title, String hint) {
        forgetChart();
        removeAll();
        Span heading = new Span(icon.create(), new Span(title));
        heading.addClassName("beacon-panel-message-title");
        Div message = new Div(heading, new Paragraph(hint));
        message.addClassName("beacon-panel-message");
        add(message);
    }

    private void forgetChart() {
        chart = null;
        seriesIds = List.of();
    }
}
