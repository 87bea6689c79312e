package dev.beacon.telemetry;

import java.time.Duration;
import java.time.Instant;

/**
 * What the health rule looks at for one model.
 *
 * @param probeEnabled  whether Beacon probes the model's server at all; without it the probe is ignored
 * @param probeInterval how often Beacon probes it
 * @param lastProbe     the state the latest probe found, null when it was never probed
 * @param lastProbeAt   when that probe ran, null when it was never probed
 * @param requests      requests in the error-rate window ({@link InterimHealth#ERROR_RATE_WINDOW})
 * @param errors        failed requests among them
 * @param now           the time the health is judged at
 */
public record HealthSignals(boolean probeEnabled, Duration probeInterval, ProbeState lastProbe, Instant lastProbeAt,
                            long requests, long errors, Instant now) {

    public double errorRate() {
        return requests == 0 ? 0 : (double) errors / requests;
    }
}
