package dev.beacon.simulator.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;

/**
 * Writes the Prometheus text format 0.0.4 the way one server's metrics library does: its number style, and
 * whether labels come sorted (Python's client) or as given with {@code le} last (Rust's exporter).
 */
final class Exposition {

    private final StringBuilder text = new StringBuilder();
    private final DoubleFunction<String> numbers;
    private final boolean sortedLabels;

    Exposition(DoubleFunction<String> numbers, boolean sortedLabels) {
        this.numbers = numbers;
        this.sortedLabels = sortedLabels;
    }

    Exposition help(String name, String help) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        return this;
    }

    Exposition type(String name, String type) {
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    Exposition sample(String name, Map<String, String> labels, double value) {
        text.append(name).append(labels(labels)).append(' ').append(numbers.apply(value)).append('\n');
        return this;
    }

    /** The _bucket samples, then _count and _sum ({@code countFirst}, Python) or _sum and _count (Rust). */
    Exposition histogram(String name, Map<String, String> labels, Histogram histogram, boolean countFirst) {
        double[] bounds = histogram.bounds();
        for (int i = 0; i <= bounds.length; i++) {
            Map<String, String> withBound = new LinkedHashMap<>(labels);
            withBound.put("le", i == bounds.length ? "+Inf" : numbers.apply(bounds[i]));
            sample(name + "_bucket", withBound, histogram.cumulative(i));
        }
        if (countFirst) {
            sample(name + "_count", labels, histogram.count()).sample(name + "_sum", labels, histogram.sum());
        } else {
            sample(name + "_sum", labels, histogram.sum()).sample(name + "_count", labels, histogram.count());
        }
        return this;
    }

    Exposition blankLine() {
        text.append('\n');
        return this;
    }

    String text() {
        return text.toString();
    }

    private String labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        Map<String, String> ordered = sortedLabels ? new TreeMap<>(labels) : labels;
        StringBuilder written = new StringBuilder("{");
        ordered.forEach((name, value) -> written.append(written.length() > 1 ? "," : "").append(name).append("=\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"'));
        return written.append('}').toString();
    }
}
