/**
 * Alerting: threshold rules per model (and team defaults copied onto matching models), the evaluator that
 * judges them over the telemetry rollups every cycle, each rule's alert state and its history, and the
 * model health that follows from them. Other modules listen to {@link dev.beacon.alerting.AlertTransitioned}.
 */
package dev.beacon.alerting;
