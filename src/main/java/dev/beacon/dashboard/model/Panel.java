package dev.beacon.dashboard.model;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.beacon.shared.ui.EChart;
import dev.beacon.shared.ui.RangeSelectEvent;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.SeriesData;
import dev.beacon.shared.ui.chart.Series;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * One panel of a model dashboard: its chart with a link that downloads the chart's data as CSV, or, when
 * the window holds none of the panel's data, what to do about it. A new option that differs from the
 * shown one only in its data reaches the browser as data alone.
 */
class Panel extends Div {

    private final PanelKind kind;
    private final ComponentEventListener<RangeSelectEvent> onZoom;
    private final Anchor download;
    private EChart chart;
    private Div note;
    // read by the download, which runs outside the session lock
    private volatile ChartOption shown;
    private volatile String fileName;

    Panel(PanelKind kind, ComponentEventListener<RangeSelectEvent> onZoom) {
        this.kind = kind;
        this.onZoom = onZoom;
        addClassName("beacon-panel");
        getElement().setAttribute("data-panel", kind.slug());
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = PanelCsv.of(shown).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv; charset=utf-8", csv.length);
        }), "Download CSV");
        download.setAriaLabel("Download " + kind.title() + " as CSV");
        Div footer = new Div(download);
        footer.addClassName("beacon-panel-footer");
        add(footer);
    }

    PanelKind kind() {
        return kind;
    }

    /** The chart, or null while the panel teaches instead. */
    EChart chart() {
        return chart != null && chart.isVisible() ? chart : null;
    }

    /** Draws the option; {@code csvName} names the file its CSV download gets. */
    void show(ChartOption option, String csvName) {
        shown = option;
        fileName = csvName;
        if (chart == null) {
            chart = new EChart(option);
            chart.addRangeSelectListener(onZoom);
            addComponentAsFirst(chart);
        } else if (sameButData(chart.getOption(), option)) {
            chart.setSeriesData(data(option));
        } else {
            chart.setOption(option);
        }
        chart.setVisible(true);
        download.setVisible(true);
        if (note != null) {
            note.setVisible(false);
        }
    }

    /** Shows, instead of a chart, why there is none and how to get its data; the help is made once. */
    void teach(String whyNone, Supplier<Component> help) {
        if (note == null) {
            note = new Div(new H4(kind.title()), new Paragraph(whyNone), help.get());
            note.addClassName("beacon-panel-note");
            addComponentAsFirst(note);
        }
        note.setVisible(true);
        download.setVisible(false);
        if (chart != null) {
            chart.setVisible(false);
        }
    }

    private static boolean sameButData(ChartOption current, ChartOption next) {
        List<String> ids = next.series().stream().map(Series::id).toList();
        return current.series().stream().map(Series::id).toList().equals(ids)
                && current.withSeriesData(data(next)).equals(next);
    }

    private static List<SeriesData> data(ChartOption option) {
        return option.series().stream().map(series -> new SeriesData(series.id(), series.data())).toList();
    }
}
