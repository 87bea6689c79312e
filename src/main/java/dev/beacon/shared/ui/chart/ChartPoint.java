package dev.beacon.shared.ui.chart;

/** One entry of a series' data, written in the compact form ECharts reads (mostly arrays). */
public sealed interface ChartPoint permits TimePoint, HeatCell, GaugeValue {
}
