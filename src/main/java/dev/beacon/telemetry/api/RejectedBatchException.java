package dev.beacon.telemetry.api;

import dev.beacon.telemetry.ingest.InvalidBatchException;

/** An invalid batch together with the name its items have in the request body ("events", "scores"). */
class RejectedBatchException extends RuntimeException {

    private final String collection;

    RejectedBatchException(String collection, InvalidBatchException cause) {
        super(cause.getMessage(), cause);
        this.collection = collection;
    }

    String collection() {
        return collection;
    }

    InvalidBatchException batch() {
        return (InvalidBatchException) getCause();
    }
}
