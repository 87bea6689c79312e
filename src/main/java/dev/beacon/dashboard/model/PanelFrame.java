package dev.beacon.dashboard.model;

import dev.beacon.shared.ui.chart.Axis;
import dev.beacon.shared.ui.chart.ChartOption;
import dev.beacon.shared.ui.chart.DataZoom;
import dev.beacon.shared.ui.chart.Grid;
import dev.beacon.shared.ui.chart.Legend;
import dev.beacon.shared.ui.chart.Title;
import dev.beacon.shared.ui.chart.Toolbox;
import dev.beacon.shared.ui.chart.Tooltip;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * What every panel's chart has around its series: the panel's name as title with notes under it, a
 * tooltip listing every series at the pointed time, the legend, a time axis, and zoom by dragging across
 * the plot. The dashboard makes a zoomed window its range, so there is no zoom slider under each plot nor
 * an undo icon in it (the toolbar's "Reset zoom" and the browser's back button undo a zoom). Charts are
 * drawn at once, without ECharts' grow-in animation: a dozen charts each animating for a second keep the
 * browser busy long after the data came.
 */
final class PanelFrame {

    /** Room above the plot for the title, and for the subtitle too. */
    private static final int TOP = 44;
    private static final int TOP_WITH_SUBTITLE = 60;
    /** Room under the plot for the time axis' labels and, below them, the legend. */
    private static final int BOTTOM = 52;

    private PanelFrame() {
    }

    /** The frame of the panel's chart, with the notes that apply under its title (null ones left out). */
    static ChartOption.Builder of(PanelKind kind, String... notes) {
        String subtitle = String.join(" · ", Stream.of(notes).filter(Objects::nonNull).toList());
        return ChartOption.builder()
                .title(subtitle.isEmpty() ? Title.of(kind.title()) : Title.of(kind.title(), subtitle))
                .grid(new Grid(12, 16, subtitle.isEmpty() ? TOP : TOP_WITH_SUBTITLE, BOTTOM))
                .tooltip(Tooltip.axis()).legend(Legend.below()).xAxis(Axis.time())
                .dataZoom(DataZoom.inside()).toolbox(Toolbox.dragToZoomWithoutUndo()).withoutAnimation();
    }
}
