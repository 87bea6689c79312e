package dev.beacon.telemetry.ingest;

/** A batch holds more items than one request may carry; nothing of it was stored. */
public class BatchTooLargeException extends RuntimeException {

    public BatchTooLargeException(int size, int limit) {
        super("The batch holds " + size + " items; send at most " + limit + " per request");
    }
}
