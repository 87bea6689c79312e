package dev.beacon.dashboard.model;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import dev.beacon.dashboard.DashboardData;
import dev.beacon.dashboard.DashboardSubject;
import dev.beacon.dashboard.TimeRange;
import dev.beacon.dashboard.ui.RangeChoice;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.RangeSelectEvent;
import dev.beacon.shared.ui.SendDataGuide;
import dev.beacon.shared.ui.UserTime;
import dev.beacon.telemetry.ModelSeries;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The panels of a model dashboard in a grid (two columns on wide screens), or, for a window without any
 * data, an empty state that teaches how to send this model data. Panels are made once and then fed.
 */
class DashboardPanels extends Div {

    private final SendDataGuide guide;
    private final ModelId model;
    private final ComponentEventListener<RangeSelectEvent> onZoom;
    private final Div grid = new Div();
    private final Div empty = new Div();
    private final Map<PanelKind, Panel> panels = new EnumMap<>(PanelKind.class);
    private Component sendDataHelp;

    DashboardPanels(SendDataGuide guide, ModelId model, ComponentEventListener<RangeSelectEvent> onZoom) {
        this.guide = guide;
        this.model = model;
        this.onZoom = onZoom;
        grid.addClassName("beacon-dashboard-panels");
        empty.addClassName("beacon-dashboard-empty");
        add(grid, empty);
    }

    Collection<Panel> panels() {
        return panels.values();
    }

    void show(DashboardSubject subject, DashboardData data, TimeRange range) {
        ModelSeries series = data.series();
        if (!series.hasData()) {
            showEmpty(subject, series, range);
            return;
        }
        empty.setVisible(false);
        grid.setVisible(true);
        AlertMarks alerts = new AlertMarks(data.alertRules(), data.firings(), series.from(), series.to());
        PanelCharts charts = new PanelCharts(new SeriesParts(series, data.compared(), subject.versions()), subject.contextWindow(),
                alerts);
        for (PanelKind kind : PanelKind.values()) {
            Panel panel = panels.computeIfAbsent(kind, this::newPanel);
            charts.option(kind).ifPresentOrElse(
                    option -> panel.show(option, PanelCsv.fileName(subject.name(), kind, series.from(), series.to())),
                    () -> teach(panel));
        }
    }

    private Panel newPanel(PanelKind kind) {
        Panel panel = new Panel(kind, onZoom);
        grid.add(panel);
        return panel;
    }

    private void teach(Panel panel) {
        switch (panel.kind()) {
            case SERVER -> panel.teach("No queue-depth or KV-cache readings in this window. They come from the model "
                    + "server's own metrics, which Beacon scrapes.", () -> guide.scraping(model));
            case SCORES -> panel.teach("No accuracy or evaluation scores in this window. Each score name you send "
                    + "becomes a line here.", () -> guide.scores(model));
            default -> throw new IllegalStateException(panel.kind() + " always has a chart");
        }
    }

    private void showEmpty(DashboardSubject subject, ModelSeries series, TimeRange range) {
        grid.setVisible(false);
        empty.setVisible(true);
        if (sendDataHelp == null) {
            sendDataHelp = guide.everyWay(model);
        }
        empty.removeAll();
        empty.add(new EmptyState("No telemetry for " + subject.name() + " " + describe(range, series),
                "Choose a longer time range above, or send this model data in one of the ways below: the dashboard "
                        + "shows it within seconds. The Telemetry tab shows the model's last scrape and probe, and why they failed."),
                sendDataHelp);
    }

    private static String describe(TimeRange range, ModelSeries series) {
        return switch (range) {
            case TimeRange.Last last -> "in the " + RangeChoice.of(last).label().toLowerCase();
            case TimeRange.Between between -> "between " + UserTime.format(series.from()) + " and " + UserTime.format(series.to());
        };
    }
}
