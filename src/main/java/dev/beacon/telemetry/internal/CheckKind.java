package dev.beacon.telemetry.internal;

/** What Beacon did to a model server: read its Prometheus metrics, or probe its health. */
public enum CheckKind {
    SCRAPE, PROBE
}
