package dev.beacon.telemetry;

import dev.beacon.shared.ModelId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Judges models' health by something finer than {@link InterimHealth}: alerting's rules and alert states. The fleet
 * overview asks it first and falls back to the interim rule for the models it leaves out (those without enabled
 * alert rules). Defined here and implemented by the alerting module, so telemetry needs no dependency on alerting
 * (which reads telemetry); see docs/design-decisions/0019-model-health-from-alerts.md.
 */
public interface HealthJudge {

    /** A verdict for each of the models the judge can judge; the others are left out. */
    Map<ModelId, HealthVerdict> judge(Collection<ModelId> models, Instant now);
}
