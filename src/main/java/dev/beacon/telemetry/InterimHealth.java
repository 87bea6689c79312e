package dev.beacon.telemetry;

import java.time.Duration;
import java.util.Locale;

/**
 * Decides a model's health from its health probes and its error rate, until alerting's rules and alert
 * states refine it (issue 7 asks for probes and error rate "for now"). The first rule that matches wins:
 * <ol>
 *   <li><b>Critical</b>: a recent probe found the server down;</li>
 *   <li><b>Critical</b>: at least {@value #CRITICAL_ERROR_RATE_PERCENT} % of the last 15 minutes' requests
 *       failed, out of at least {@value #MIN_REQUESTS_FOR_CRITICAL} requests (fewer are too few to call it
 *       critical: one failure in three would be 33 %);</li>
 *   <li><b>Warning</b>: a recent probe found the server starting (still loading the model);</li>
 *   <li><b>Warning</b>: at least {@value #WARNING_ERROR_RATE_PERCENT} % of the last 15 minutes' requests failed,
 *       however few;</li>
 *   <li><b>Warning</b>: the model is probed, but its latest probe is older than
 *       {@value #FRESH_PROBE_INTERVALS} probe intervals, so probing itself is stuck;</li>
 *   <li><b>Good</b>: a recent probe found the server up, or it served requests without the failures above;</li>
 *   <li><b>Unknown</b>: neither a recent probe nor a request.</li>
 * </ol>
 * A probe is recent when it is at most {@value #FRESH_PROBE_INTERVALS} probe intervals old: one missed or
 * slow probe does not make a model stale. A model whose probing is switched off is judged by its requests.
 */
public final class InterimHealth {

    public static final Duration ERROR_RATE_WINDOW = Duration.ofMinutes(15);
    public static final int FRESH_PROBE_INTERVALS = 3;
    public static final int MIN_REQUESTS_FOR_CRITICAL = 20;
    public static final int CRITICAL_ERROR_RATE_PERCENT = 20;
    public static final int WARNING_ERROR_RATE_PERCENT = 5;

    private InterimHealth() {
    }

    public static HealthVerdict assess(HealthSignals signals) {
        ProbeState probe = recentProbe(signals);
        if (probe == ProbeState.DOWN) {
            return verdict(ModelHealth.CRITICAL, "The last health probe found the server down");
        }
        if (signals.requests() >= MIN_REQUESTS_FOR_CRITICAL && failedAtLeast(signals, CRITICAL_ERROR_RATE_PERCENT)) {
            return verdict(ModelHealth.CRITICAL, failures(signals));
        }
        if (probe == ProbeState.STARTING) {
            return verdict(ModelHealth.WARNING, "The server is still starting: it is loading the model");
        }
        if (signals.requests() > 0 && failedAtLeast(signals, WARNING_ERROR_RATE_PERCENT)) {
            return verdict(ModelHealth.WARNING, failures(signals));
        }
        if (probeIsStale(signals)) {
            Duration age = Duration.between(signals.lastProbeAt(), signals.now());
            return verdict(ModelHealth.WARNING, "No health probe for " + (age.toSeconds() < 120 ? age.toSeconds() + " s" : age.toMinutes() + " min")
                    + " although the server is probed every " + signals.probeInterval().toSeconds() + " s");
        }
        if (probe == ProbeState.UP) {
            return verdict(ModelHealth.GOOD, "The last health probe found the server up");
        }
        if (signals.requests() > 0) {
            return verdict(ModelHealth.GOOD, signals.requests() + " requests in the last 15 minutes, "
                    + (signals.errors() == 0 ? "none failed" : format(percent(signals)) + " % failed"));
        }
        return verdict(ModelHealth.UNKNOWN, signals.probeEnabled()
                ? "No health probe yet and no requests in the last 15 minutes"
                : "No requests in the last 15 minutes, and health probes are off");
    }

    /** The latest probe's state if probing is on and the probe is recent enough to believe; else null. */
    private static ProbeState recentProbe(HealthSignals signals) {
        if (!signals.probeEnabled() || signals.lastProbe() == null || probeIsStale(signals)) {
            return null;
        }
        return signals.lastProbe();
    }

    private static boolean probeIsStale(HealthSignals signals) {
        if (!signals.probeEnabled() || signals.lastProbeAt() == null) {
            return false;
        }
        Duration freshFor = signals.probeInterval().multipliedBy(FRESH_PROBE_INTERVALS);
        return signals.lastProbeAt().plus(freshFor).isBefore(signals.now());
    }

    /** Compared in whole numbers, so that exactly 5 % counts as 5 % (in doubles, 0.05 × 100 may not). */
    private static boolean failedAtLeast(HealthSignals signals, int percent) {
        return signals.errors() * 100 >= (long) percent * signals.requests();
    }

    private static double percent(HealthSignals signals) {
        return signals.errorRate() * 100;
    }

    private static String failures(HealthSignals signals) {
        return format(percent(signals)) + " % of " + signals.requests() + " requests failed in the last 15 minutes";
    }

    private static String format(double percent) {
        return String.format(Locale.ENGLISH, percent < 10 ? "%.1f" : "%.0f", percent);
    }

    private static HealthVerdict verdict(ModelHealth health, String reason) {
        return new HealthVerdict(health, reason);
    }
}
