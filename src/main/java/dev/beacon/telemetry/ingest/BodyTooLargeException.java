package dev.beacon.telemetry.ingest;

import java.io.IOException;

/**
 * A telemetry request body grew beyond the limit while it was read (after decompression). An
 * IOException because the body's stream throws it; whoever reads the body lets it through as a 413.
 */
public class BodyTooLargeException extends IOException {

    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super("The request body is larger than " + IngestBodyFilter.describe(limitBytes)
                + " (after decompression); send smaller batches");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
