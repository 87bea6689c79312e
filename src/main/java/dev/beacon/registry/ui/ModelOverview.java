package dev.beacon.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.UserTime;

import java.text.NumberFormat;
import java.util.Locale;

/** The model's configuration as read-only label/value pairs. */
class ModelOverview extends FormLayout {

    /** @param hasApiKey whether Beacon holds an API key for the endpoint; the key itself is never shown */
    ModelOverview(Model model, boolean hasApiKey) {
        ModelData data = model.data();
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
        addFormItem(value(data.endpointUrl()), "Endpoint");
        addFormItem(value(hasApiKey ? "Set (sent as a bearer token; never shown)" : "None"), "API key");
        addFormItem(value(data.servedModelName()), "Served model name");
        addFormItem(value(data.runtime().label()), "Runtime");
        addFormItem(value(data.versionLabel()), "Version");
        addFormItem(value(numbers.format(data.contextWindow()) + " tokens"), "Context window");
        addFormItem(value(numbers.format(data.maxOutputTokens()) + " tokens"), "Max output tokens");
        addFormItem(value(data.defaultTemperature().stripTrailingZeros().toPlainString()), "Default temperature");
        addFormItem(tags(data), "Tags");
        addFormItem(value(model.teamName()), "Team");
        addFormItem(value(data.status().label()), "Status");
        addFormItem(value(scrape(data)), "Metrics scrape");
        addFormItem(value(probe(data.monitoring())), "Health probe");
        addFormItem(value(UserTime.format(model.createdAt()) + " by " + model.createdBy()), "Registered");
        addFormItem(value(UserTime.format(model.updatedAt()) + " by " + model.updatedBy()), "Last changed");
    }

    private static Component value(String text) {
        Span span = new Span(text);
        span.getStyle().set("word-break", "break-all");
        return span;
    }

    private static String scrape(ModelData data) {
        ModelMonitoring monitoring = data.monitoring();
        if (!monitoring.scrapeEnabled()) {
            return "Off";
        }
        return "Every " + monitoring.scrapeIntervalSeconds() + " s from " + monitoring.effectiveMetricsUrl(data.endpointUrl())
                + " (timeout " + monitoring.scrapeTimeoutSeconds() + " s)";
    }

    private static String probe(ModelMonitoring monitoring) {
        return monitoring.probeEnabled()
                ? "Every " + monitoring.probeIntervalSeconds() + " s (timeout " + monitoring.probeTimeoutSeconds() + " s)"
                : "Off";
    }

    private static Component tags(ModelData data) {
        if (data.tags().isEmpty()) {
            return value("—");
        }
        Div tags = new Div();
        tags.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        data.tags().forEach(tag -> tags.add(Badges.pill(tag)));
        return tags;
    }
}
