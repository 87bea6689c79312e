package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.beacon.telemetry.TelemetrySummary;

import java.util.Locale;

/** The last hour's headline figures of a model, one small card each; "—" where the hour holds no data for one. */
class HeadlineFigures extends Div {

    HeadlineFigures(TelemetrySummary hour) {
        Div cards = new Div(
                card("Requests/min", number(hour.requestsPerMinute(), 1)),
                card("Latency p50", millis(hour.latencyP50Ms())),
                card("Latency p95", millis(hour.latencyP95Ms())),
                card("Latency p99", millis(hour.latencyP99Ms())),
                card("Time to first token p95", millis(hour.timeToFirstTokenP95Ms())),
                card("Error rate", percent(hour.errorRate())),
                card("Output tokens/s", number(hour.outputTokensPerSecond(), 1)),
                card("Context use p95", percent(hour.contextUtilizationP95())),
                card("KV cache (avg)", percent(hour.kvCacheUsageAvg())),
                card("Queue depth (avg)", number(hour.queueDepthAvg(), 1)));
        cards.addClassName("beacon-figures");
        add(cards);
        if (hour.bucketed()) {
            Paragraph note = new Paragraph("Some percentiles come from the server's histogram buckets and are only "
                    + "as precise as those buckets.");
            note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            add(note);
        }
    }

    private static Div card(String label, String value) {
        Span name = new Span(label);
        name.addClassName("beacon-figure-label");
        Span figure = new Span(value);
        figure.addClassName("beacon-figure-value");
        Div card = new Div(name, figure);
        card.addClassName("beacon-figure");
        return card;
    }

    static String millis(Double ms) {
        if (ms == null) {
            return "—";
        }
        return ms >= 1000 ? String.format(Locale.ENGLISH, "%.2f s", ms / 1000) : String.format(Locale.ENGLISH, "%.0f ms", ms);
    }

    static String percent(Double ratio) {
        return ratio == null ? "—" : String.format(Locale.ENGLISH, "%.1f %%", ratio * 100);
    }

    static String number(Double value, int decimals) {
        return value == null ? "—" : String.format(Locale.ENGLISH, "%,." + decimals + "f", value);
    }
}
