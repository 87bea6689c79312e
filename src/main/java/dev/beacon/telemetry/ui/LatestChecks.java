package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.UserTime;
import dev.beacon.telemetry.MonitorCheck;
import dev.beacon.telemetry.TelemetryOverview;

import java.util.Locale;

/**
 * The model's latest scrape and probe: when (in the user's time zone), how long, what came out and, when
 * it failed, the error class in plain words — so an operator sees at once why a model has no data.
 */
class LatestChecks extends Div {

    LatestChecks(TelemetryOverview overview) {
        addClassName("beacon-figures");
        add(card("Last scrape", overview.scrapeEnabled(), overview.lastScrape(),
                        "Scraping is off for this model.",
                        "No scrape yet: the first one runs within " + overview.scrapeIntervalSeconds() + " seconds."),
                card("Last probe", overview.probeEnabled(), overview.lastProbe(),
                        "Health probes are off for this model.",
                        "No probe yet: the first one runs within " + overview.probeIntervalSeconds() + " seconds."),
                clients(overview));
    }

    /** Which client paths feed the model, and when they last did. */
    private static Component clients(TelemetryOverview overview) {
        Div card = new Div(new H4("Data from clients"));
        card.addClassName("beacon-figure");
        card.getStyle().set("min-width", "320px");
        card.add(received("REST API (events, scores)", overview.lastApiData()),
                received("OpenTelemetry (spans, metrics)", overview.lastOtlpData()));
        return card;
    }

    private static Div received(String path, java.time.Instant at) {
        return new Div(new Span(path + ": "), at == null ? line("nothing received yet")
                : new Span("last received " + UserTime.formatPrecise(at)));
    }

    private static Component card(String title, boolean enabled, MonitorCheck check, String off, String none) {
        Div card = new Div(new H4(title));
        card.addClassName("beacon-figure");
        card.getStyle().set("min-width", "320px");
        if (check == null) {
            card.add(line(enabled ? none : off));
            return card;
        }
        card.add(new Div(outcome(check.outcome()), new Span(" " + UserTime.formatPrecise(check.checkedAt())
                + " · took " + String.format(Locale.ENGLISH, "%.0f ms", check.durationMs()))));
        if (check.errorClass() != null) {
            Span errorClass = new Span(check.errorClass());
            errorClass.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            card.add(new Div(errorClass, new Span(": " + check.errorDescription())));
        }
        if (check.detail() != null) {
            card.add(line(check.detail()));
        }
        if (!enabled) {
            card.add(line(off));
        }
        return card;
    }

    private static Span outcome(String outcome) {
        String label = switch (outcome) {
            case "UP" -> "Up";
            case "STARTING" -> "Starting";
            case "DOWN" -> "Down";
            case "OK" -> "OK";
            case "BASELINE" -> "First reading";
            case "FAILED" -> "Failed";
            default -> outcome;
        };
        Badges.Tone tone = switch (outcome) {
            case "UP", "OK" -> Badges.Tone.SUCCESS;
            case "STARTING", "BASELINE" -> Badges.Tone.WARNING;
            case "DOWN", "FAILED" -> Badges.Tone.ERROR;
            default -> Badges.Tone.NEUTRAL;
        };
        return Badges.badge(label, tone);
    }

    private static Div line(String text) {
        Div line = new Div(text);
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("word-break", "break-word");
        return line;
    }
}
