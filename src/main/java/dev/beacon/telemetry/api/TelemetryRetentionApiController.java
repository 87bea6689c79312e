package dev.beacon.telemetry.api;

import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.TelemetryRetentionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A team's raw-telemetry retention over HTTP; team rules enforced by {@link TelemetryRetentionService}. */
@RestController
@RequestMapping("/api/v1/teams/{teamId}/telemetry-retention")
@Tag(name = "Telemetry", description = "How your models are doing: latency, throughput, errors, health")
class TelemetryRetentionApiController {

    private final TelemetryRetentionService retention;

    TelemetryRetentionApiController(TelemetryRetentionService retention) {
        this.retention = retention;
    }

    /** @param rawRetentionDays how many days raw events, scores and probe results are kept (1–400) */
    record RetentionResource(Integer rawRetentionDays) {
    }

    @GetMapping
    @Operation(summary = "How long the team keeps raw telemetry")
    RetentionResource get(@PathVariable UUID teamId) {
        return new RetentionResource(retention.rawRetentionDays(new TeamId(teamId)));
    }

    @PutMapping
    @Operation(summary = "Change how long the team keeps raw telemetry (team owners)",
            description = "Raw data older than the new retention is deleted at the next hourly retention run; rollups stay.")
    RetentionResource put(@PathVariable UUID teamId, @RequestBody RetentionResource body) {
        return new RetentionResource(retention.setRawRetentionDays(new TeamId(teamId), body.rawRetentionDays()));
    }
}
