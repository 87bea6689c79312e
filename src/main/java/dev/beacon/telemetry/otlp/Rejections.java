package dev.beacon.telemetry.otlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The items of an OTLP request that Beacon refused, summed up for {@code partial_success.error_message}:
 * one line per distinct reason with how many items it hit and an example, so a client's log says what to fix
 * without repeating the same reason a thousand times.
 */
final class Rejections {

    private static final int MAX_REASONS = 5;

    private final Map<String, Reason> reasons = new LinkedHashMap<>();
    private int count;

    void add(String reason, String example) {
        count++;
        reasons.computeIfAbsent(reason, r -> new Reason(example)).times++;
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** E.g. "Rejected 1 of 2 GenAI spans: model: 'x' is neither … (1×, e.g. span 00f0…)". */
    String message(String items, int total) {
        String listed = reasons.entrySet().stream().limit(MAX_REASONS)
                .map(entry -> entry.getKey() + " (" + entry.getValue().times + "×, e.g. " + entry.getValue().example + ")")
                .collect(Collectors.joining("; "));
        String more = reasons.size() > MAX_REASONS ? "; and " + (reasons.size() - MAX_REASONS) + " more reasons" : "";
        return "Rejected " + count + " of " + total + " " + items + ": " + listed + more;
    }

    private static final class Reason {
        private final String example;
        private int times;

        Reason(String example) {
            this.example = example;
        }
    }
}
