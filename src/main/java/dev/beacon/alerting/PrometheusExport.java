package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqRuleRepository;
import dev.beacon.security.TeamAccess;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.FleetFilter;
import dev.beacon.telemetry.FleetModel;
import dev.beacon.telemetry.FleetOverview;
import dev.beacon.telemetry.FleetService;
import dev.beacon.telemetry.FleetSort;
import dev.beacon.telemetry.ModelHealth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The models the caller can see, in Prometheus' text exposition format, for teams that already run Prometheus and
 * Grafana: each model's health (0 good, 1 warning, 2 critical, -1 unknown), its firing alerts per severity, and its
 * p95 latency (seconds), error rate (0–1) and output tokens per second over the fleet overview's last 15 minutes.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PrometheusExport {

    private final FleetService fleet;
    private final JooqRuleRepository rules;
    private final TeamAccess access;

    PrometheusExport(FleetService fleet, JooqRuleRepository rules, TeamAccess access) {
        this.fleet = fleet;
        this.rules = rules;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public String scrape() {
        FleetOverview overview = fleet.overview(FleetFilter.none(), FleetSort.NAME);
        Map<ModelId, Map<Severity, Integer>> firing = new HashMap<>();
        rules.rulesOfTeams(access.readableTeams(), null).stream()
                .filter(rule -> rule.rule().data().enabled() && rule.currentState().isActive())
                .forEach(rule -> firing.computeIfAbsent(rule.rule().model(), model -> new EnumMap<>(Severity.class))
                        .merge(rule.currentState() == AlertState.NO_DATA ? Severity.WARNING : rule.state().severity(), 1, Integer::sum));
        StringBuilder out = new StringBuilder();
        family(out, "beacon_model_health", "Model health: 0 good, 1 warning, 2 critical, -1 unknown", "gauge");
        overview.models().forEach(model -> sample(out, "beacon_model_health", labels(model), code(model.healthLevel())));
        family(out, "beacon_alerts_firing", "Active alerts of the model by severity", "gauge");
        overview.models().forEach(model -> {
            for (Severity severity : Severity.values()) {
                int count = firing.getOrDefault(model.id(), Map.of()).getOrDefault(severity, 0);
                sample(out, "beacon_alerts_firing", labels(model) + ",severity=\"" + severity.name().toLowerCase() + "\"", count);
            }
        });
        family(out, "beacon_model_latency_p95_seconds", "95th percentile request latency over the last 15 minutes", "gauge");
        overview.models().forEach(model -> optional(out, "beacon_model_latency_p95_seconds", model,
                model.figures().latencyP95Ms() == null ? null : model.figures().latencyP95Ms() / 1000));
        family(out, "beacon_model_error_rate", "Failed requests / requests over the last 15 minutes (0-1)", "gauge");
        overview.models().forEach(model -> optional(out, "beacon_model_error_rate", model, model.figures().errorRate()));
        family(out, "beacon_model_output_tokens_per_second", "Output tokens per second over the last 15 minutes", "gauge");
        overview.models().forEach(model -> optional(out, "beacon_model_output_tokens_per_second", model,
                model.figures().outputTokensPerSecond()));
        return out.toString();
    }

    static int code(ModelHealth health) {
        return switch (health) {
            case GOOD -> 0;
            case WARNING -> 1;
            case CRITICAL -> 2;
            case UNKNOWN -> -1;
        };
    }

    private static void family(StringBuilder out, String name, String help, String type) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void optional(StringBuilder out, String name, FleetModel model, Double value) {
        if (value != null) {
            sample(out, name, labels(model), value);
        }
    }

    private static void sample(StringBuilder out, String name, String labels, double value) {
        out.append(name).append('{').append(labels).append("} ")
                .append(value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.6g", value)).append('\n');
    }

    private static String labels(FleetModel model) {
        return "team=\"" + escape(model.teamName()) + "\",model=\"" + escape(model.name()) + "\"";
    }

    /** Label values escape backslash, double quote and line feed. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
