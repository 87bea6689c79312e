package dev.beacon.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.shared.ui.FieldErrors;

/** The "Monitoring" section of the model form: Prometheus scrapes and health probes of the model's server. */
class MonitoringFields {

    final H3 heading = new H3("Monitoring");
    final Paragraph hint = new Paragraph("Beacon calls the model's server itself: it scrapes its Prometheus metrics "
            + "(vLLM, TGI, llama.cpp started with --metrics) and probes its health. The model page shows the last "
            + "scrape and probe.");
    final Checkbox scrapeEnabled = new Checkbox("Scrape Prometheus metrics");
    final TextField metricsUrl = new TextField("Metrics URL");
    final IntegerField scrapeInterval = seconds("Scrape interval (seconds)");
    final IntegerField scrapeTimeout = seconds("Scrape timeout (seconds)");
    final Checkbox probeEnabled = new Checkbox("Probe health");
    final IntegerField probeInterval = seconds("Probe interval (seconds)");
    final IntegerField probeTimeout = seconds("Probe timeout (seconds)");

    MonitoringFields(FieldErrors errors) {
        heading.getStyle().set("margin-bottom", "0");
        hint.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        metricsUrl.setPlaceholder("<endpoint>/metrics");
        metricsUrl.setHelperText("Leave empty for the endpoint's /metrics");
        errors.bind("metricsUrl", metricsUrl).bind("scrapeIntervalSeconds", scrapeInterval)
                .bind("scrapeTimeoutSeconds", scrapeTimeout).bind("probeIntervalSeconds", probeInterval)
                .bind("probeTimeoutSeconds", probeTimeout);
    }

    /** Adds the section to the form: switches and the URL on rows of their own, interval and timeout side by side. */
    void addTo(FormLayout form) {
        form.add(heading, 2);
        form.add(hint, 2);
        form.add(scrapeEnabled, 2);
        form.add(metricsUrl, 2);
        form.add(scrapeInterval, scrapeTimeout);
        form.add(probeEnabled, 2);
        form.add(probeInterval, probeTimeout);
    }

    Component[] singleLineFields() {
        return new Component[]{metricsUrl, scrapeInterval, scrapeTimeout, probeInterval, probeTimeout};
    }

    void read(ModelMonitoring monitoring) {
        scrapeEnabled.setValue(monitoring.scrapeEnabled());
        metricsUrl.setValue(monitoring.metricsUrl() == null ? "" : monitoring.metricsUrl());
        scrapeInterval.setValue(monitoring.scrapeIntervalSeconds());
        scrapeTimeout.setValue(monitoring.scrapeTimeoutSeconds());
        probeEnabled.setValue(monitoring.probeEnabled());
        probeInterval.setValue(monitoring.probeIntervalSeconds());
        probeTimeout.setValue(monitoring.probeTimeoutSeconds());
    }

    ModelMonitoring write() {
        return new ModelMonitoring(scrapeEnabled.getValue(), metricsUrl.getValue(), scrapeInterval.getValue(),
                scrapeTimeout.getValue(), probeEnabled.getValue(), probeInterval.getValue(), probeTimeout.getValue());
    }

    /** While registering, choosing a runtime switches scraping to that runtime's default. */
    void followRuntime(ModelRuntime runtime) {
        scrapeEnabled.setValue(ModelMonitoring.servesMetrics(runtime));
    }

    private static IntegerField seconds(String label) {
        IntegerField field = new IntegerField(label);
        field.setRequiredIndicatorVisible(true);
        return field;
    }
}
