package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dial for one current value between {@code min} and {@code max}, e.g. KV-cache use. Its arc can be
 * coloured by range (good up to a warning level, then warning, then critical); the number under the
 * needle shows the value with its unit.
 */
public record GaugeSeries(String id, String name, List<GaugeValue> data, double min, double max, Detail detail,
                          AxisLine axisLine, Tooltip tooltip) implements Series {

    /** The number under the needle. */
    public record Detail(Format formatter) {
    }

    /** The arc: each entry is [fraction of the range where this colour ends, colour]. */
    public record AxisLine(ArcStyle lineStyle) {
    }

    public record ArcStyle(List<List<Object>> color, Integer width) {
    }

    public GaugeSeries {
        SeriesChecks.requireId(id);
        data = List.copyOf(data);
        if (!(min < max)) {
            throw new IllegalArgumentException("A gauge needs min < max: " + min + ", " + max);
        }
    }

    public static GaugeSeries of(String id, String name, double min, double max, ValueFormat format) {
        return new GaugeSeries(id, name, List.of(), min, max, new Detail(format), null, new Tooltip(format));
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return "gauge";
    }

    @Override
    public GaugeSeries withData(List<? extends ChartPoint> points) {
        return new GaugeSeries(id, name, SeriesChecks.only(GaugeValue.class, id, points), min, max, detail, axisLine, tooltip);
    }

    /** Success colour up to {@code warning}, warning colour up to {@code critical}, error colour above. */
    public GaugeSeries bands(double warning, double critical) {
        if (!(min <= warning && warning <= critical && critical <= max)) {
            throw new IllegalArgumentException("Gauge bands need min <= warning <= critical <= max");
        }
        List<List<Object>> stops = new ArrayList<>();
        stops.add(List.of(fraction(warning), ChartColor.SUCCESS.fill()));
        stops.add(List.of(fraction(critical), ChartColor.WARNING.fill()));
        stops.add(List.of(1.0, ChartColor.ERROR.fill()));
        return new GaugeSeries(id, name, data, min, max, detail, new AxisLine(new ArcStyle(stops, 10)), tooltip);
    }

    private double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** The gauge showing {@code value} under {@code label}. */
    public GaugeSeries showing(String label, double value) {
        Objects.requireNonNull(label, "label");
        return withData(List.of(new GaugeValue(label, value)));
    }
}
