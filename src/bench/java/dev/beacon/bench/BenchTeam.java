package dev.beacon.bench;

import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelStatus;
import dev.beacon.security.Team;
import dev.beacon.security.TeamData;
import dev.beacon.security.TeamService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.IngestionKeyService;
import dev.beacon.telemetry.NewIngestionKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A team of benchmark models, created through Beacon's own services as its admin, with an ingestion key
 * made by the key service when asked for.
 *
 * @param key the ingestion key's secret, or null
 */
record BenchTeam(TeamId id, List<BenchModel> models, String key) {

    /** A model as the generated telemetry refers to it. */
    record BenchModel(ModelId id, String servedName, int contextWindow, double speed) {
    }

    private static final int[] CONTEXT_WINDOWS = {8_192, 32_768, 131_072};
    private static final ModelMonitoring UNWATCHED = new ModelMonitoring(false, null,
            ModelMonitoring.DEFAULT_SCRAPE_INTERVAL_SECONDS, ModelMonitoring.DEFAULT_TIMEOUT_SECONDS, false,
            ModelMonitoring.DEFAULT_PROBE_INTERVAL_SECONDS, ModelMonitoring.DEFAULT_TIMEOUT_SECONDS);

    static BenchTeam create(InProcessBeacon beacon, String name, int modelCount, boolean withKey) {
        return beacon.asAdmin(() -> {
            Team team = beacon.bean(TeamService.class).create(new TeamData(name, "Benchmark data"));
            List<BenchModel> models = new ArrayList<>();
            for (int i = 0; i < modelCount; i++) {
                String served = name + "/model-" + i;
                int contextWindow = CONTEXT_WINDOWS[i % CONTEXT_WINDOWS.length];
                // Unreachable on purpose (the discard port), neither scraped nor probed: nothing but the benchmark
                // feeds these models.
                Model model = beacon.bean(ModelService.class).register(team.id(), new ModelData(name + "-model-" + i,
                        "Benchmark model", ModelRuntime.OPENAI_COMPATIBLE, "http://127.0.0.1:9", served, "v1", contextWindow,
                        new BigDecimal("0.70"), 1024, List.of("benchmark"), ModelStatus.ACTIVE, UNWATCHED));
                // Models differ in speed, so their percentiles differ too.
                models.add(new BenchModel(model.id(), served, contextWindow, 0.6 + 0.1 * (i % 10)));
            }
            String key = withKey ? beacon.bean(IngestionKeyService.class)
                    .create(team.id(), new NewIngestionKey(name + "-key", null, null)).secret() : null;
            return new BenchTeam(team.id(), List.copyOf(models), key);
        });
    }

    /** The team's partition of request_event, named as TelemetryPartitions names it. */
    String requestEventPartition() {
        return "request_event_" + id.value().toString().replace("-", "");
    }
}
