package dev.beacon.telemetry.internal;

/** The raw telemetry tables: partitioned by team, then by day of their time column. */
public enum RawTable {
    REQUEST_EVENT("request_event", "occurred_at"),
    EVAL_SCORE("eval_score", "observed_at"),
    PROBE_RESULT("probe_result", "probed_at");

    private final String tableName;
    private final String timeColumn;

    RawTable(String tableName, String timeColumn) {
        this.tableName = tableName;
        this.timeColumn = timeColumn;
    }

    public String timeColumn() {
        return timeColumn;
    }

    public String tableName() {
        return tableName;
    }
}
