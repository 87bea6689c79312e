package dev.beacon.dashboard;

import dev.beacon.shared.InvalidInputException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every problem of a dashboard (or of an imported document) at once, each under the field it concerns,
 * e.g. {@code panels[2].aggregation} or {@code formatVersion}. The REST API lists them all; forms mark
 * the first one.
 */
public class InvalidDashboardException extends InvalidInputException {

    private final Map<String, String> problems;

    public InvalidDashboardException(Map<String, String> problems) {
        super(problems.keySet().iterator().next(), problems.values().iterator().next());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    @Override
    public Map<String, String> asFieldErrors() {
        return problems;
    }

    /** All problems in one sentence each, e.g. for a notification. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        problems.forEach((field, message) -> text.append(text.isEmpty() ? "" : " ").append(field).append(": ")
                .append(message).append(message.endsWith(".") ? "" : "."));
        return text.toString();
    }
}
