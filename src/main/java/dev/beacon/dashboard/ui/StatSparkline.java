package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.Svg;
import dev.beacon.telemetry.SeriesPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line of a figure's course over the range, drawn as SVG on the server: no chart library, no
 * axes, just the shape. Gaps (spans without data) break the line. Takes the text colour of its box.
 */
final class StatSparkline {

    static final int WIDTH = 200;
    static final int HEIGHT = 40;

    private StatSparkline() {
    }

    static Svg of(List<SeriesPoint> points, String description) {
        Svg svg = new Svg(markup(points, description));
        svg.addClassName("beacon-sparkline");
        return svg;
    }

    static String markup(List<SeriesPoint> points, String description) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (SeriesPoint point : points) {
            if (point.value() != null) {
                min = Math.min(min, point.value());
                max = Math.max(max, point.value());
            }
        }
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" + escape(description) + "\">");
        if (min <= max) {
            double span = max > min ? max - min : 1;
            for (String line : lines(points, min, span)) {
                svg.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" vector-effect=\"non-scaling-stroke\" points=\"")
                        .append(line).append("\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static List<String> lines(List<SeriesPoint> points, double min, double span) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double step = points.size() > 1 ? (double) WIDTH / (points.size() - 1) : 0;
        for (int i = 0; i < points.size(); i++) {
            Double value = points.get(i).value();
            if (value == null) {
                flush(line, lines);
                continue;
            }
            double y = HEIGHT - 2 - (value - min) / span * (HEIGHT - 4);
            line.append(String.format(Locale.ENGLISH, "%.1f,%.1f ", i * step, y));
        }
        flush(line, lines);
        return lines;
    }

    /** A single point draws nothing as a line: it becomes a short flat dash. */
    private static void flush(StringBuilder line, List<String> lines) {
        String points = line.toString().strip();
        if (!points.isEmpty()) {
            lines.add(points.contains(" ") ? points : points + " " + points.replaceFirst("^[0-9.]+", nudge(points)));
        }
        line.setLength(0);
    }

    private static String nudge(String point) {
        double x = Double.parseDouble(point.substring(0, point.indexOf(',')));
        return String.format(Locale.ENGLISH, "%.1f", Math.min(WIDTH, x + 2));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
