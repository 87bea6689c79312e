/**
 * Telemetry: what Beacon learns about how each model is doing. Request events, spans, metrics,
 * scrapes of the model servers and health probes flow in; they are kept raw for a while and rolled up
 * into minute, hour and day buckets that answer any time range; {@link dev.beacon.telemetry.TelemetryQueryService}
 * reads them for the API, the dashboards and alerting.
 */
package dev.beacon.telemetry;
