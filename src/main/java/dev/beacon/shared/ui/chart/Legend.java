package dev.beacon.shared.ui.chart;

/**
 * The series' names under the chart; clicking one hides or shows that series. "scroll" pages the
 * names when there are more than fit in one line.
 */
public record Legend(String type, Integer bottom, String left) {

    public static Legend below() {
        return new Legend("scroll", 4, "center");
    }
}
