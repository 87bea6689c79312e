package dev.beacon.telemetry.ingest;

/** Where stored telemetry came from. */
public enum EventSource {
    /** Beacon's REST batch API. */
    API,
    /** OpenTelemetry spans or metrics (OTLP over HTTP or gRPC). */
    OTLP,
    /** A Prometheus scrape of the model server. */
    SCRAPE,
    /** Beacon's own health probe. */
    PROBE,
    /** Past telemetry written straight into the rollups' input, such as the demo's 30 days of history. */
    HISTORY
}
