package dev.beacon.shared;

/** Someone else changed the record since the caller read it; the caller must reload before saving. */
public class StaleDataException extends RuntimeException {

    public StaleDataException(String what) {
        super(what + " was changed by someone else. Reload it and apply your changes again.");
    }
}
