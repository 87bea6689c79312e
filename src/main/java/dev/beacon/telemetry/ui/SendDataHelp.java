package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.telemetry.TelemetryOverview;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.temporal.ChronoUnit;

/** What a model without telemetry shows: the ways to send it data, filled in for this very model. */
class SendDataHelp extends Div {

    static final String KEY_PLACEHOLDER = "bik_YOUR_INGESTION_KEY";

    SendDataHelp(TelemetryOverview overview) {
        String base = baseUrl();

        add(new H4("Request events over HTTP"));
        add(new Paragraph(new Span("Create an ingestion key on "), new Anchor("teams/" + overview.team(), "the team page"),
                new Span(" (Editors and Owners), then post events for this model:")));
        add(code("curl -X POST " + base + "/api/v1/ingest/events \\\n"
                + "  -H \"Authorization: Bearer " + KEY_PLACEHOLDER + "\" \\\n"
                + "  -H \"Content-Type: application/json\" \\\n"
                + "  -d '[{\"model\": \"" + overview.model() + "\", \"timestamp\": \""
                + overview.lastHour().to().truncatedTo(ChronoUnit.SECONDS) + "\",\n"
                + "        \"latencyMs\": 812, \"timeToFirstTokenMs\": 95, \"inputTokens\": 512, \"outputTokens\": 128,\n"
                + "        \"status\": \"ok\"}]'"));

        add(new H4("OpenTelemetry"));
        add(new Paragraph("Point an OTLP exporter at " + base + "/v1/traces (HTTP) or at port 4317 of "
                + URI.create(base).getHost() + " (gRPC), with the header Authorization: Bearer " + KEY_PLACEHOLDER
                + ". Spans whose gen_ai.request.model is " + overview.servedModelName() + " count for this model."));

        add(new H4("Prometheus metrics of the server"));
        add(new Paragraph(scrapeAdvice(overview)));
    }

    private static String scrapeAdvice(TelemetryOverview overview) {
        ModelRuntime runtime = overview.runtime();
        String turnOn = "Turn on \"Scrape Prometheus metrics\" under Edit → Monitoring.";
        return switch (runtime) {
            case OLLAMA -> "Ollama serves no Prometheus metrics: send events or spans instead. The health probe still "
                    + "shows whether Ollama has loaded the model.";
            case VLLM, TGI, LLAMA_CPP -> {
                String serves = runtime == ModelRuntime.LLAMA_CPP
                        ? "llama.cpp serves metrics at /metrics when llama-server runs with --metrics. "
                        : runtime.label() + " serves metrics at /metrics. ";
                yield serves + (overview.scrapeEnabled()
                        ? "Beacon scrapes " + overview.metricsUrl() + " every " + overview.scrapeIntervalSeconds()
                        + " seconds; the last scrape shows why it brought no data."
                        : turnOn);
            }
            case OPENAI_COMPATIBLE, OTHER -> "If the server serves vLLM, TGI or llama.cpp metrics, Beacon can scrape them: "
                    + (overview.scrapeEnabled() ? "it scrapes " + overview.metricsUrl() + " now." : turnOn + " Set the metrics URL if it is not <endpoint>/metrics.");
        };
    }

    private static Pre code(String text) {
        Pre code = new Pre(text);
        code.addClassName("beacon-code");
        return code;
    }

    /** Beacon's address as the browser reached it (proxies' forwarded headers are honoured by the server). */
    private static String baseUrl() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
        }
        return "http://localhost:8080";
    }
}
