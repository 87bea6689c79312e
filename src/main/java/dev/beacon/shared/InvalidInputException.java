package dev.beacon.shared;

import java.util.Map;

/**
 * Input broke a rule that only the service can check (a duplicate name, a weak password).
 * Names the offending field so forms can mark it and the API can report it.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public Map<String, String> asFieldErrors() {
        return Map.of(field, getMessage());
    }
}
