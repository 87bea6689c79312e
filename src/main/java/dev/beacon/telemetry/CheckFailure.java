package dev.beacon.telemetry;

import dev.beacon.telemetry.outbound.OutboundFailure;

/**
 * Why a scrape or a probe found a model server unwell although the call itself worked. Together with
 * {@link OutboundFailure} (the call failed) these are the error classes operators see: never a response body.
 */
public enum CheckFailure {
    NO_MATCHING_SERIES("The metrics hold no series Beacon knows for this model's served model name"),
    MODEL_LOADING("The server is still loading the model"),
    MODEL_NOT_LOADED("Ollama has not loaded the model; the next request loads it and answers slowly"),
    MODEL_NOT_LISTED("The server does not list the served model name");

    private final String description;

    CheckFailure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The plain-words description of an error class, or null for none. */
    public static String describe(String errorClass) {
        if (errorClass == null) {
            return null;
        }
        for (CheckFailure failure : values()) {
            if (failure.name().equals(errorClass)) {
                return failure.description;
            }
        }
        for (OutboundFailure failure : OutboundFailure.values()) {
            if (failure.name().equals(errorClass)) {
                return failure.description();
            }
        }
        return errorClass;
    }
}
