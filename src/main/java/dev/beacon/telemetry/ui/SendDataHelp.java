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
import java.util.OptionalInt;

/** How to send a model telemetry, filled in for this very model: every way, or one of them. */
class SendDataHelp extends Div {

    static final String KEY_PLACEHOLDER = "bik_YOUR_INGESTION_KEY";

    private final TelemetryOverview overview;
    private final String base = baseUrl();

    private SendDataHelp(TelemetryOverview overview) {
        this.overview = overview;
    }

    /** Request events over HTTP, OpenTelemetry (to the OTLP/gRPC port, if switched on) and scraping. */
    static SendDataHelp everyWay(TelemetryOverview overview, OptionalInt grpcPort) {
        SendDataHelp help = new SendDataHelp(overview);
        help.events();
        help.openTelemetry(grpcPort);
        help.scraping();
        return help;
    }

    /** Only scraping the server's Prometheus metrics. */
    static SendDataHelp scrapingOnly(TelemetryOverview overview) {
        SendDataHelp help = new SendDataHelp(overview);
        help.scraping();
        return help;
    }

    /** Only posting evaluation scores. */
    static SendDataHelp scoresOnly(TelemetryOverview overview) {
        SendDataHelp help = new SendDataHelp(overview);
        help.scores();
        return help;
    }

    private void events() {
        add(new H4("Request events over HTTP"));
        add(new Paragraph(new Span("Create an ingestion key on "), teamPage(),
                new Span(" (Editors and Owners), then post events for this model:")));
        add(code("curl -X POST " + base + "/api/v1/ingest/events \\\n"
                + "  -H \"Authorization: Bearer " + KEY_PLACEHOLDER + "\" \\\n"
                + "  -H \"Content-Type: application/json\" \\\n"
                + "  -d '[{\"model\": \"" + overview.model() + "\", \"timestamp\": \"" + now() + "\",\n"
                + "        \"latencyMs\": 812, \"timeToFirstTokenMs\": 95, \"inputTokens\": 512, \"outputTokens\": 128,\n"
                + "        \"status\": \"ok\"}]'"));
    }

    private void openTelemetry(OptionalInt grpcPort) {
        String grpc = grpcPort.isPresent()
                ? " or at port " + grpcPort.getAsInt() + " of " + URI.create(base).getHost() + " (gRPC)"
                : " (OTLP/gRPC is switched off on this Beacon)";
        add(new H4("OpenTelemetry"));
        add(new Paragraph("Point an OTLP exporter at " + base + "/v1/traces (HTTP)" + grpc
                + ", with the header Authorization: Bearer " + KEY_PLACEHOLDER
                + ". Spans whose gen_ai.request.model is " + overview.servedModelName() + " count for this model."));
    }

    private void scraping() {
        add(new H4("Prometheus metrics of the server"));
        add(new Paragraph(scrapeAdvice()));
    }

    private void scores() {
        add(new H4("Evaluation scores"));
        add(new Paragraph(new Span("Post accuracy or evaluation scores with an ingestion key from "), teamPage(),
                new Span("; each score name becomes a line:")));
        add(code("curl -X POST " + base + "/api/v1/ingest/scores \\\n"
                + "  -H \"Authorization: Bearer " + KEY_PLACEHOLDER + "\" \\\n"
                + "  -H \"Content-Type: application/json\" \\\n"
                + "  -d '{\"scores\": [{\"model\": \"" + overview.model() + "\", \"timestamp\": \"" + now() + "\",\n"
                + "        \"name\": \"accuracy\", \"value\": 0.91, \"dataset\": \"golden-v1\"}]}'"));
    }

    private String scrapeAdvice() {
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

    private Anchor teamPage() {
        return new Anchor("teams/" + overview.team(), "the team page");
    }

    private String now() {
        return overview.lastHour().to().truncatedTo(ChronoUnit.SECONDS).toString();
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
