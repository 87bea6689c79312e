package dev.beacon.alerting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.beacon.alerting.HealthPeriod;
import dev.beacon.alerting.HealthTimeline;
import dev.beacon.shared.ui.UserTime;
import dev.beacon.telemetry.ModelHealth;

import java.time.Duration;

/** The model's health over the last 24 hours as a coloured bar: one stretch per period, its width its duration. */
class HealthTimelineBar extends Div {

    HealthTimelineBar(HealthTimeline timeline) {
        addClassName("health-timeline");
        getStyle().set("display", "flex").set("height", "1.25rem").set("border-radius", "var(--lumo-border-radius-m)")
                .set("overflow", "hidden").set("width", "100%");
        getElement().setAttribute("aria-label", "Health over the last 24 hours");
        double total = Duration.between(timeline.from(), timeline.to()).toMillis();
        for (HealthPeriod period : timeline.periods()) {
            Span stretch = new Span();
            stretch.addClassName("health-" + period.health().name().toLowerCase());
            stretch.getStyle().set("flex-grow", String.valueOf(Duration.between(period.from(), period.to()).toMillis() / total))
                    .set("background", color(period.health()));
            stretch.setTitle(period.health().label() + " from " + UserTime.format(period.from()) + " to " + UserTime.format(period.to()));
            add(stretch);
        }
    }

    private static String color(ModelHealth health) {
        return switch (health) {
            case CRITICAL -> "var(--lumo-error-color)";
            case WARNING -> "var(--lumo-warning-color, #f5a623)";
            case GOOD -> "var(--lumo-success-color-50pct)";
            case UNKNOWN -> "var(--lumo-contrast-20pct)";
        };
    }
}
