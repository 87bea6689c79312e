package dev.beacon.evaluation;

import java.util.Objects;
import java.util.UUID;

/** Identifies the attachment of a suite to a model (its schedule and run settings). */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId of(String text) {
        return new AttachmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
