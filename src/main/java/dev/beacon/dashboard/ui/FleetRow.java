package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.beacon.registry.ModelStatus;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.ModelBadgeSource.ModelBadge;
import dev.beacon.telemetry.FleetFigures;
import dev.beacon.telemetry.FleetModel;
import dev.beacon.telemetry.InterimHealth;
import dev.beacon.telemetry.ModelHealth;
import dev.beacon.telemetry.MonitorCheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One model in the fleet overview: a link to its page (Tab reaches it, Enter opens it) laid out as a row
 * of the board's columns. Refreshes change its texts and its sparkline's data in place; nothing is rebuilt.
 */
final class FleetRow extends Anchor {

    private final Span healthLabel = new Span();
    private final Div health = new Div(dot(), healthLabel);
    private final Span name = new Span();
    private final Span meta = new Span();
    private final Div badges = new Div();
    private List<ModelBadge> shownBadges = List.of();
    private final Span latency = figure("p95");
    private final Span requests = figure("rpm");
    private final Span tokens = figure("tps");
    private final Span errors = figure("err");
    private final Span context = figure("ctx");
    private final Span probeText = new Span();
    private final Div probe = new Div(dot(), probeText);
    private final FleetSparklineChart sparkline;
    private FleetModel shown;

    FleetRow(FleetModel model, Instant now) {
        super("models/" + model.id(), "");
        // Vaadin's router follows the link in the page, without loading Beacon anew.
        getElement().setAttribute("router-link", true);
        addClassNames("fleet-row", "fleet-columns");
        health.addClassName("fleet-health");
        name.addClassName("fleet-name");
        meta.addClassName("fleet-meta");
        probe.addClassNames("fleet-probe", "fleet-col-probe");
        sparkline = new FleetSparklineChart(model);
        Div spark = new Div(sparkline.chart());
        spark.addClassName("fleet-col-spark");
        badges.addClassName("fleet-badges");
        badges.setVisible(false);
        Div identity = new Div(name, meta, badges);
        identity.addClassName("fleet-model");
        add(health, identity, latency, requests, tokens, errors, context, spark, probe);
        update(model, now);
    }

    FleetModel model() {
        return shown;
    }

    void update(FleetModel model, Instant now) {
        if (shown != null) {
            sparkline.update(model);
        }
        shown = model;
        ModelHealth level = model.healthLevel();
        for (ModelHealth each : ModelHealth.values()) {
            getElement().getClassList().set("health-" + FleetFormat.cssName(each), each == level);
        }
        text(healthLabel, level.label());
        title(health, model.health().reason());
        text(name, model.name());
        title(name, model.name()); // a narrow board cuts long names short
        text(meta, meta(model));
        showFigures(model.figures());
        showProbe(model, now);
        getElement().setAttribute("aria-label", spoken(model));
    }

    /** Shows other modules' badges (e.g. "2 open tickets"); rebuilt only when they changed. */
    void showBadges(List<ModelBadge> wanted) {
        if (wanted.equals(shownBadges)) {
            return;
        }
        shownBadges = List.copyOf(wanted);
        badges.removeAll();
        for (ModelBadge badge : wanted) {
            Span shown = Badges.badge(badge.text(), Badges.Tone.NEUTRAL);
            shown.getElement().setAttribute("title", badge.description());
            shown.getElement().getThemeList().add("small");
            badges.add(shown);
        }
        badges.setVisible(!wanted.isEmpty());
        getElement().setAttribute("aria-label", spoken(shown));
    }

    /** What a screen reader says for the row: the link's name would otherwise be its cells' bare numbers. */
    private String spoken(FleetModel model) {
        String extra = shownBadges.stream().map(badge -> ", " + badge.description()).reduce("", String::concat);
        return model.name() + ", " + model.healthLevel().label() + ": " + model.health().reason() + extra
                + ". p95 latency " + latency.getText() + ", requests per minute " + requests.getText()
                + ", output tokens per second " + tokens.getText() + ", errors " + errors.getText()
                + ", context use " + context.getText() + ", last probe " + probeText.getText();
    }

    private void showFigures(FleetFigures figures) {
        text(latency, (figures.bucketed() && figures.latencyP95Ms() != null ? "≈ " : "") + FleetFormat.millis(figures.latencyP95Ms()));
        title(latency, figures.bucketed() ? "From the server's histogram buckets: only as precise as those" : null);
        text(requests, FleetFormat.rate(figures.requestsPerMinute()));
        text(tokens, FleetFormat.rate(figures.outputTokensPerSecond()));
        text(errors, FleetFormat.percent(figures.errorRate()));
        double rate = figures.errorRate() == null ? 0 : figures.errorRate() * 100;
        errors.getElement().getClassList().set("level-critical", rate >= InterimHealth.CRITICAL_ERROR_RATE_PERCENT);
        errors.getElement().getClassList().set("level-warning",
                rate >= InterimHealth.WARNING_ERROR_RATE_PERCENT && rate < InterimHealth.CRITICAL_ERROR_RATE_PERCENT);
        text(context, FleetFormat.percent(figures.contextUtilizationP95()));
    }

    private void showProbe(FleetModel model, Instant now) {
        MonitorCheck last = model.lastProbe();
        String state = !model.probeEnabled() ? "off" : last == null ? "none" : last.outcome().toLowerCase();
        for (String each : List.of("up", "starting", "down", "off", "none")) {
            probe.getElement().getClassList().set("probe-" + each, each.equals(state));
        }
        if (!model.probeEnabled()) {
            text(probeText, "Probes off");
        } else if (last == null) {
            text(probeText, "Not probed yet");
        } else {
            text(probeText, capitalized(state) + " · " + FleetFormat.age(last.checkedAt(), now));
        }
        title(probe, last == null ? null : last.errorDescription());
    }

    private static String meta(FleetModel model) {
        List<String> parts = new ArrayList<>(List.of(model.runtime().label(), model.versionLabel()));
        if (model.status() == ModelStatus.DEPRECATED) {
            parts.add("deprecated");
        }
        if (!model.tags().isEmpty()) {
            parts.add(String.join(", ", model.tags()));
        }
        return String.join(" · ", parts);
    }

    private static Span dot() {
        Span dot = new Span();
        dot.addClassName("fleet-dot");
        return dot;
    }

    /** A tooltip on hover; none for null. */
    private static void title(Component component, String text) {
        if (text == null || text.isBlank()) {
            component.getElement().removeAttribute("title");
        } else {
            component.getElement().setAttribute("title", text);
        }
    }

    private static Span figure(String column) {
        Span figure = new Span();
        figure.addClassNames("fleet-figure", "fleet-col-" + column);
        return figure;
    }

    /** Sets the text only when it changed, so a refresh sends the browser nothing for what stayed the same. */
    private static void text(Span span, String text) {
        if (!text.equals(span.getText())) {
            span.setText(text);
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
