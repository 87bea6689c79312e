package dev.beacon.telemetry.scrape;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One sample line of a Prometheus or OpenMetrics exposition.
 *
 * @param labels    sorted by name
 * @param timestamp as the server wrote it (milliseconds in Prometheus text, seconds in OpenMetrics), or null;
 *                  Beacon uses the time of its scrape instead
 */
record Sample(String name, Map<String, String> labels, double value, Double timestamp) {

    String label(String labelName) {
        return labels.get(labelName);
    }

    /** name{a="1",b="2"}: identifies the series, e.g. in the stored baseline. */
    String seriesKey() {
        return key(name, labels);
    }

    static String key(String name, Map<String, String> labels) {
        if (labels.isEmpty()) {
            return name;
        }
        return labels.entrySet().stream()
                .map(label -> label.getKey() + "=\"" + label.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", name + "{", "}"));
    }
}
