package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything a chart shows, built on the server and written as ECharts' option JSON by
 * {@link ChartJson}. Build one with {@link #timeSeries(String)} (the usual dashboard panel) or
 * {@link #builder()}; {@link Builder#build()} checks that the parts fit together, so a mistake fails
 * on the server with a message instead of as an empty chart in the browser.
 */
public record ChartOption(Title title, Tooltip tooltip, Legend legend, Grid grid,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Axis> xAxis,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Axis> yAxis,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VisualMap> visualMap,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DataZoom> dataZoom,
                          Toolbox toolbox, List<Series> series, Aria aria) {

    public ChartOption {
        xAxis = List.copyOf(xAxis);
        yAxis = List.copyOf(yAxis);
        visualMap = List.copyOf(visualMap);
        dataZoom = List.copyOf(dataZoom);
        series = List.copyOf(series);
        Objects.requireNonNull(aria, "aria");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The usual time-series panel: the title, a tooltip listing every series at the pointed time, the
     * legend (click a name to hide or show its series), a time x axis, and zooming: drag across the plot
     * to select a time range, Ctrl + wheel, or the slider under the plot. Add the y axis and the series.
     */
    public static Builder timeSeries(String title) {
        return builder().title(Title.of(title)).tooltip(Tooltip.axis()).legend(Legend.below()).xAxis(Axis.time())
                .dataZoom(DataZoom.inside(), DataZoom.slider()).dragToZoom();
    }

    public Optional<Series> series(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The same chart with new data for the given series; every id must be one of this chart's series. */
    public ChartOption withSeriesData(List<SeriesData> updates) {
        Map<String, SeriesData> byId = new HashMap<>();
        for (SeriesData update : updates) {
            if (series(update.id()).isEmpty()) {
                throw new IllegalArgumentException("This chart has no series " + update.id() + "; it has " + seriesIds());
            }
            byId.put(update.id(), update);
        }
        List<Series> updated = series.stream()
                .map(s -> byId.containsKey(s.id()) ? s.withData(byId.get(s.id()).data()) : s)
                .toList();
        return new ChartOption(title, tooltip, legend, grid, xAxis, yAxis, visualMap, dataZoom, toolbox, updated, aria);
    }

    /** What a screen reader announces for the chart (ECharts' aria description, also the element's label). */
    public String accessibleName() {
        return aria.label().description();
    }

    private List<String> seriesIds() {
        return series.stream().map(Series::id).toList();
    }

    /** Collects the parts; {@link #build()} lays out the grid around the title, slider and legend. */
    public static final class Builder {

        private Title title;
        private Tooltip tooltip;
        private Legend legend;
        private Grid grid;
        private Toolbox toolbox;
        private String description;
        private final List<Axis> xAxes = new ArrayList<>();
        private final List<Axis> yAxes = new ArrayList<>();
        private final List<VisualMap> visualMaps = new ArrayList<>();
        private final List<DataZoom> dataZooms = new ArrayList<>();
        private final List<Series> series = new ArrayList<>();

        private Builder() {
        }

        public Builder title(Title title) {
            this.title = title;
            return this;
        }

        public Builder tooltip(Tooltip tooltip) {
            this.tooltip = tooltip;
            return this;
        }

        public Builder legend(Legend legend) {
            this.legend = legend;
            return this;
        }

        /** Margins of the plot; without one, {@link #build()} fits them to the title, slider and legend. */
        public Builder grid(Grid grid) {
            this.grid = grid;
            return this;
        }

        /** Replaces the x axis (there is one: series are drawn against the first). */
        public Builder xAxis(Axis axis) {
            xAxes.clear();
            xAxes.add(axis);
            return this;
        }

        /** Adds a y axis; series pick theirs by index, in the order they were added. */
        public Builder yAxis(Axis axis) {
            yAxes.add(axis);
            return this;
        }

        public Builder visualMap(VisualMap map) {
            visualMaps.add(map);
            return this;
        }

        public Builder dataZoom(DataZoom... zooms) {
            dataZooms.addAll(Arrays.asList(zooms));
            return this;
        }

        /** Dragging across the plot selects a time range and zooms to it. */
        public Builder dragToZoom() {
            this.toolbox = Toolbox.dragToZoom();
            return this;
        }

        public Builder series(Series... added) {
            series.addAll(Arrays.asList(added));
            return this;
        }

        public Builder series(List<? extends Series> added) {
            series.addAll(added);
            return this;
        }

        /** What the chart shows, in words, for screen readers; without one, the title and the series' names. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public ChartOption build() {
            SeriesChecks.fitTogether(series, xAxes.size(), yAxes.size(), !visualMaps.isEmpty());
            List<DataZoom> zooms = dataZooms.stream()
                    .map(z -> z.isSlider() && legend != null ? z.atBottom(30) : z)
                    .toList();
            return new ChartOption(title, tooltip, legend, grid == null ? fittedGrid(zooms) : grid, xAxes, yAxes,
                    visualMaps, zooms, toolbox, series, Aria.describedAs(description == null ? defaultDescription() : description));
        }

        /** The title and the series' names, e.g. "Latency: p50, p95". */
        private String defaultDescription() {
            String names = series.stream().map(s -> s.name() == null ? s.id() : s.name()).collect(Collectors.joining(", "));
            String heading = title == null ? "Chart" : title.text();
            return names.isEmpty() ? heading : heading + ": " + names;
        }

        private Grid fittedGrid(List<DataZoom> zooms) {
            int top = title == null ? 16 : title.subtext() == null ? 44 : 60;
            Optional<DataZoom> slider = zooms.stream().filter(DataZoom::isSlider).findFirst();
            int bottom = slider.map(z -> z.bottom() + DataZoom.SLIDER_HEIGHT + 8).orElse(legend == null ? 12 : 32);
            boolean rightAxis = yAxes.stream().anyMatch(a -> "right".equals(a.position()));
            return new Grid(12, rightAxis ? 12 : 20, top, bottom);
        }
    }
}
