package dev.beacon.telemetry.rollup;

/** Point-in-time readings of a model server, kept as min/avg/max/last per bucket. */
public enum Gauge {
    /** Requests waiting in the server's queue. */
    QUEUE_DEPTH("queueDepth"),
    /** Requests being processed. */
    RUNNING_REQUESTS("runningRequests"),
    /** Share of the KV cache in use, 0–1. */
    KV_CACHE_USAGE("kvCacheUsage");

    private final String key;

    Gauge(String key) {
        this.key = key;
    }

    /** The name used in stored JSON and in the API. */
    public String key() {
        return key;
    }

    public static Gauge ofKey(String key) {
        for (Gauge gauge : values()) {
            if (gauge.key.equals(key)) {
                return gauge;
            }
        }
        throw new IllegalArgumentException("Unknown gauge " + key);
    }
}
