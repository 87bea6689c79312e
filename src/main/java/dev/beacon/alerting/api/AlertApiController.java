package dev.beacon.alerting.api;

import dev.beacon.alerting.AlertHistoryService;
import dev.beacon.alerting.AlertTransition;
import dev.beacon.alerting.HealthPeriod;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.HealthVerdict;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A model's health, active alerts and alert history over HTTP; VIEWERs of its team may read them. */
@RestController
@RequestMapping("/api/v1/models/{id}")
@Tag(name = "Alerts", description = "Model health, active alerts and their history")
class AlertApiController {

    private final AlertHistoryService alerts;
    private final Clock clock;

    AlertApiController(AlertHistoryService alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @GetMapping("/health")
    @Operation(summary = "The model's health: CRITICAL, WARNING, GOOD or UNKNOWN, with the reason",
            description = "From its enabled alert rules (the worst active alert); a model without rules is judged by its "
                    + "health probes and error rate.")
    HealthVerdict health(@PathVariable UUID id) {
        return alerts.health(new ModelId(id));
    }

    @GetMapping("/health/timeline")
    @Operation(summary = "The model's health over time by its alert rules; defaults to the last 24 hours")
    List<HealthPeriod> timeline(@PathVariable UUID id, @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant to) {
        Instant end = to == null ? clock.instant() : to;
        return alerts.healthTimeline(new ModelId(id), from == null ? end.minus(Duration.ofDays(1)) : from, end);
    }

    @GetMapping("/alerts")
    @Operation(summary = "The model's active alerts (firing, or without data), worst first")
    List<RuleResource> active(@PathVariable UUID id) {
        return alerts.activeAlerts(new ModelId(id)).stream().map(RuleResource::of).toList();
    }

    @GetMapping("/alert-history")
    @Operation(summary = "The model's alert state transitions, newest first")
    List<AlertTransition> history(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
        return alerts.history(new ModelId(id), limit);
    }
}
