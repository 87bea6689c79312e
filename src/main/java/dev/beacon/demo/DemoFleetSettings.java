package dev.beacon.demo;

import dev.beacon.simulator.ScheduledDegradation;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The simulated fleet of the demo profile ({@code beacon.demo.simulator.*}).
 *
 * @param enabled      whether the demo starts the fleet at all
 * @param basePort     the first demo model's server listens on 127.0.0.1 at this port, the next one port higher…
 * @param reportEvery  how often the clients of Ollama and OpenAI-compatible models send their requests to Beacon
 * @param scoreEvery   how often the evaluation jobs post accuracy scores
 * @param history      whether the first start writes 30 days of history for models that have none
 * @param degradations the schedule of degradations; left out: {@link DemoFleetPlan#SCHEDULE}
 */
@ConfigurationProperties("beacon.demo.simulator")
record DemoFleetSettings(Boolean enabled, Integer basePort, Duration reportEvery, Duration scoreEvery, Boolean history,
                         List<ScheduledDegradation> degradations) {

    DemoFleetSettings {
        if (enabled == null) enabled = true;
        if (basePort == null) basePort = DemoCatalog.DEFAULT_BASE_PORT;
        if (reportEvery == null) reportEvery = Duration.ofSeconds(5);
        if (scoreEvery == null) scoreEvery = Duration.ofMinutes(5);
        if (history == null) history = true;
        if (degradations == null) degradations = DemoFleetPlan.SCHEDULE;
        if (basePort < 1 || basePort + DemoCatalog.MODELS.size() > 65_536) {
            throw new IllegalArgumentException("beacon.demo.simulator.base-port must leave room for "
                    + DemoCatalog.MODELS.size() + " ports below 65536");
        }
        if (!reportEvery.isPositive() || !scoreEvery.isPositive()) {
            throw new IllegalArgumentException("beacon.demo.simulator.report-every and score-every must be positive");
        }
    }

    static DemoFleetSettings defaults() {
        return new DemoFleetSettings(null, null, null, null, null, null);
    }
}
