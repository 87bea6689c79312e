package dev.beacon.telemetry.api;

import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.TelemetryMetric;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySeries;
import dev.beacon.telemetry.TelemetrySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A model's telemetry over HTTP, with the same team rules as the UI (enforced by {@link TelemetryQueryService}). */
@RestController
@RequestMapping("/api/v1/models/{id}/telemetry")
@Tag(name = "Telemetry", description = "How your models are doing: latency, throughput, errors, health")
class TelemetryApiController {

    private static final Duration DEFAULT_RANGE = Duration.ofHours(1);

    private final TelemetryQueryService telemetry;
    private final Clock clock;

    TelemetryApiController(TelemetryQueryService telemetry, Clock clock) {
        this.telemetry = telemetry;
        this.clock = clock;
    }

    @GetMapping("/summary")
    @Operation(summary = "A model's figures over a time range",
            description = "Percentiles come from merged rollups (1 % relative accuracy). from and to are ISO-8601 instants; "
                    + "to defaults to now, from to one hour before to.")
    TelemetrySummary summary(@PathVariable UUID id,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to) {
        Instant end = instant(to, "to").orElse(clock.instant());
        Instant start = instant(from, "from").orElse(end.minus(DEFAULT_RANGE));
        return telemetry.summary(new ModelId(id), start, end);
    }

    @GetMapping("/series")
    @Operation(summary = "One metric of a model over time",
            description = "step is a duration such as 5m, 1h or PT15M; chosen from the range when left out.")
    TelemetrySeries series(@PathVariable UUID id,
                           @Parameter(description = "e.g. latencyP95Ms, requestsPerMinute, errorRate, outputTokensPerSecond")
                           @RequestParam String metric,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(required = false) String step) {
        Instant end = instant(to, "to").orElse(clock.instant());
        Instant start = instant(from, "from").orElse(end.minus(DEFAULT_RANGE));
        return telemetry.series(new ModelId(id), metric(metric), start, end, duration(step));
    }

    private static TelemetryMetric metric(String name) {
        try {
            return TelemetryMetric.ofApiName(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("metric", "Unknown metric '" + name + "'. Use one of: "
                    + Arrays.stream(TelemetryMetric.values()).map(TelemetryMetric::apiName).collect(Collectors.joining(", ")));
        }
    }

    private static Optional<Instant> instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Use an ISO-8601 instant, e.g. 2026-11-29T10:00:00Z");
        }
    }

    /** Accepts 90s, 5m, 1h, 1d or ISO-8601 (PT5M). */
    static Optional<Duration> duration(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.toUpperCase().startsWith("P")) {
                return Optional.of(Duration.parse(value));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return Optional.of(switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException(value);
            });
        } catch (RuntimeException e) {
            throw new InvalidInputException("step", "Use a duration such as 5m, 1h or PT15M");
        }
    }
}
