package dev.beacon.dashboard;

import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.telemetry.ProbeState;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Gauge;

import java.time.Instant;

/** Telemetry and version changes of a busy model, for dashboard tests. */
public final class DashboardTestData {

    public static final int REQUESTS_PER_MINUTE = 20;

    private DashboardTestData() {
    }

    /**
     * A minute of a busy vLLM server: 20 requests from half to one and a half times the median latency, one
     * timeout and one rate limit, queue depth 2, 6 running requests, KV cache 40 % full, two probes that found
     * it up, and an accuracy score of 0.9.
     */
    public static void busyMinute(Aggregate minute, Instant at, double medianMs, int contextWindow) {
        for (int i = 0; i < REQUESTS_PER_MINUTE; i++) {
            double latency = medianMs * (0.5 + i / (double) REQUESTS_PER_MINUTE);
            String error = i == 9 ? "timeout" : i == 19 ? "rate_limited" : null;
            minute.addRequest(latency, latency / 4, 1000 + 100 * i, 200, error, contextWindow);
        }
        long millis = at.toEpochMilli();
        minute.addGauge(Gauge.QUEUE_DEPTH, 2, millis);
        minute.addGauge(Gauge.RUNNING_REQUESTS, 6, millis);
        minute.addGauge(Gauge.KV_CACHE_USAGE, 0.4, millis);
        minute.addProbe(ProbeState.UP);
        minute.addProbe(ProbeState.UP);
        minute.addScore("accuracy", 0.9, millis);
    }

    /** Ships a new version of the model now, as its team's admin would; returns the change. */
    public static ModelVersionChange newVersion(TestFixtures fixtures, ModelService models, Model model, String label) {
        return fixtures.asAdmin(() -> {
            Model current = models.get(model.id());
            models.update(model.id(), current.version(), current.data().withVersionLabel(label), "Shipped " + label);
            return models.history(model.id()).getFirst();
        });
    }
}
