/**
 * The model registry: the models each team runs, their settings, and the history of their versions.
 * Later modules hang telemetry, alert rules and tickets off {@link dev.beacon.shared.ModelId}.
 */
package dev.beacon.registry;
