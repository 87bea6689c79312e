package dev.beacon.shared;

/**
 * Something does not exist, or the caller may not know that it exists. Both cases answer the same,
 * so a denied request reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    /** For Vaadin's rerouteToError(NotFoundException.class), which needs a no-argument constructor. */
    public NotFoundException() {
        super("Not found");
    }

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
