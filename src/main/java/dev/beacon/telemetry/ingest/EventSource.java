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
    HISTORY,
    /** Beacon's own evaluation runs (module evaluation): the accuracy of a suite run against the model's endpoint. */
    EVALUATION;

    /** Whether data came from a client (REST API, OTLP), which the model page lists as the paths that feed it. */
    public boolean fromClient() {
        return this == API || this == OTLP;
    }
}
