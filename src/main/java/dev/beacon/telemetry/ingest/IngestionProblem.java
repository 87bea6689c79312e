package dev.beacon.telemetry.ingest;

/**
 * Why one item of a batch was refused.
 *
 * @param index the item's position in the batch, from 0
 * @param field the offending field, e.g. latencyMs
 */
public record IngestionProblem(int index, String field, String message) {

    /** The key the REST API uses: {@code events[3].latencyMs}. */
    public String path(String collection) {
        return collection + "[" + index + "]." + field;
    }
}
