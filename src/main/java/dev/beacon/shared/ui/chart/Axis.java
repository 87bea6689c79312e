package dev.beacon.shared.ui.chart;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An x or y axis. {@code time} for time series, {@code value} for measurements (with their unit),
 * {@code category} for named buckets (heat maps). Times show in the user's zone; the tooltip's
 * heading is the axis pointer's label, so it shows the pointed time in full.
 */
public record Axis(String type, String name, Number min, Number max, String position, List<Object> data,
                   Boolean boundaryGap, Label axisLabel, Pointer axisPointer) {

    /** How the axis' tick labels are formatted. */
    public record Label(Format formatter) {
    }

    /** How the value under the pointer is shown (in the tooltip's heading, for the x axis). */
    public record Pointer(Label label) {
    }

    public Axis {
        Objects.requireNonNull(type, "type");
        data = data == null ? null : List.copyOf(data);
    }

    /** Time on the x axis, fitted to the data. */
    public static Axis time() {
        return new Axis("time", null, null, null, null, null, null,
                new Label(TimeFormat.SHORT), new Pointer(new Label(TimeFormat.LONG)));
    }

    /** Time on the x axis from {@code from} to {@code to}, however far the data reaches. */
    public static Axis time(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A time axis needs from < to: " + from + ", " + to);
        }
        return time().withMin(from.toEpochMilli()).withMax(to.toEpochMilli());
    }

    /** Measurements with their unit on the labels, e.g. "250 ms". */
    public static Axis value(ValueFormat format) {
        return new Axis("value", null, null, null, null, null, null, new Label(format), null);
    }

    /** Named buckets in this order, e.g. latency ranges on a heat map's y axis. */
    public static Axis category(List<String> names) {
        return new Axis("category", null, null, null, null, List.copyOf(names), true, null, null);
    }

    /**
     * Time buckets as categories, for heat maps (ECharts draws those on two category axes): labels and
     * the tooltip show the bucket's start in the user's zone, and zooming reports bucket start times.
     */
    public static Axis timeBuckets(List<Instant> starts) {
        List<Object> millis = starts.stream().<Object>map(Instant::toEpochMilli).toList();
        return new Axis("category", null, null, null, null, millis, true,
                new Label(TimeFormat.SHORT), new Pointer(new Label(TimeFormat.LONG)));
    }

    public Axis withMin(Number min) {
        return new Axis(type, name, min, max, position, data, boundaryGap, axisLabel, axisPointer);
    }

    public Axis withMax(Number max) {
        return new Axis(type, name, min, max, position, data, boundaryGap, axisLabel, axisPointer);
    }

    /** A name at the axis' end, e.g. "p95" or "tokens/s". */
    public Axis withName(String name) {
        return new Axis(type, name, min, max, position, data, boundaryGap, axisLabel, axisPointer);
    }

    /** On the right: a second y axis for a series of another unit. */
    public Axis onRight() {
        return new Axis(type, name, min, max, "right", data, boundaryGap, axisLabel, axisPointer);
    }
}
