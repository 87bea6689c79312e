package dev.beacon.shared;

/**
 * Something does not exist, or the caller may not know that it exists. Both cases answer the same,
 * so a denied request reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }

    /** For Vaadin's {@code event.rerouteToError(NotFoundException.class)}, which instantiates the class itself. */
    public NotFoundException() {
        this("Page");
    }
}
