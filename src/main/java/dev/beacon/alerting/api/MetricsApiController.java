package dev.beacon.alerting.api;

import dev.beacon.alerting.PrometheusExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Beacon's view of the fleet for Prometheus scrapes, with a personal API token as bearer token. */
@RestController
@Tag(name = "Alerts")
class MetricsApiController {

    private static final MediaType PROMETHEUS_TEXT = MediaType.parseMediaType("text/plain;version=0.0.4;charset=utf-8");

    private final PrometheusExport export;

    MetricsApiController(PrometheusExport export) {
        this.export = export;
    }

    @GetMapping(value = "/api/v1/metrics", produces = {"text/plain"})
    @Operation(summary = "Health, firing alerts, p95 latency, error rate and output tokens/s of the models you can see, "
            + "in Prometheus' text format", description = "beacon_model_health{team,model} is 0 good, 1 warning, "
            + "2 critical, -1 unknown; beacon_alerts_firing{team,model,severity}; beacon_model_latency_p95_seconds, "
            + "beacon_model_error_rate (0-1) and beacon_model_output_tokens_per_second over the last 15 minutes.")
    ResponseEntity<String> metrics() {
        return ResponseEntity.ok().contentType(PROMETHEUS_TEXT).body(export.scrape());
    }
}
