package dev.beacon.telemetry.scrape;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one sample line: {@code name{label="value",...} value [timestamp] [# exemplar]}. Also accepts the
 * quoted metric names of Prometheus 3 ({@code {"name", label="value"} 1}). Returns null for a broken line.
 */
final class SampleLine {

    private final String line;
    private int at;

    private SampleLine(String line) {
        this.line = line;
    }

    static Sample parse(String line) {
        try {
            return new SampleLine(line).sample();
        } catch (IllegalArgumentException | IndexOutOfBoundsException broken) {
            return null;
        }
    }

    private Sample sample() {
        String name = peek() == '{' ? null : identifier();
        Map<String, String> labels = new TreeMap<>();
        int blanksFrom = at;
        skipBlanks();
        if (at < line.length() && peek() == '{') {
            name = labels(labels, name);
            blanksFrom = at;
            skipBlanks();
        }
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("No metric name");
        }
        if (at == blanksFrom) {
            throw new IllegalArgumentException("Expected a blank before the value");
        }
        Double value = number(token());
        if (value == null) {
            throw new IllegalArgumentException("No value");
        }
        skipBlanks();
        Double timestamp = null;
        if (at < line.length() && peek() != '#') {
            timestamp = number(token());
            if (timestamp == null) {
                throw new IllegalArgumentException("Bad timestamp");
            }
            skipBlanks();
        }
        if (at < line.length() && peek() != '#') {
            throw new IllegalArgumentException("Unexpected text after the value"); // only an exemplar may follow
        }
        return new Sample(name, Collections.unmodifiableMap(labels), value, timestamp);
    }

    /** Reads {@code {...}} into labels; returns the metric name, which a quoted first entry may give. */
    private String labels(Map<String, String> labels, String name) {
        at++;
        while (true) {
            skipBlanks();
            if (peek() == '}') {
                at++;
                return name;
            }
            String labelName = peek() == '"' ? quoted() : identifier();
            skipBlanks();
            if (peek() == '=') {
                at++;
                skipBlanks();
                labels.put(labelName, quoted());
            } else if (name == null) {
                name = labelName;
            } else {
                throw new IllegalArgumentException("Label without value");
            }
            skipBlanks();
            if (peek() == ',') {
                at++;
            } else if (peek() != '}') {
                throw new IllegalArgumentException("Expected , or }");
            }
        }
    }

    private String identifier() {
        int start = at;
        while (at < line.length() && isNameChar(line.charAt(at))) {
            at++;
        }
        if (start == at || Character.isDigit(line.charAt(start))) {
            throw new IllegalArgumentException("Expected a name");
        }
        return line.substring(start, at);
    }

    /** A double-quoted string with the escapes \\, \" and \n. */
    private String quoted() {
        if (peek() != '"') {
            throw new IllegalArgumentException("Expected a quote");
        }
        at++;
        StringBuilder text = new StringBuilder();
        while (true) {
            char c = line.charAt(at++);
            if (c == '"') {
                return text.toString();
            }
            if (c == '\\') {
                char escaped = line.charAt(at++);
                text.append(escaped == 'n' ? '\n' : escaped);
            } else {
                text.append(c);
            }
        }
    }

    private String token() {
        int start = at;
        while (at < line.length() && !isBlank(line.charAt(at))) {
            at++;
        }
        return line.substring(start, at);
    }

    /** A float as Go's ParseFloat reads it (also +Inf, Infinity, NaN in any case); refuses Java's own extras such as "1d". */
    static Double number(String token) {
        switch (token.toLowerCase(Locale.ROOT)) {
            case "nan" -> {
                return Double.NaN;
            }
            case "+inf", "inf", "+infinity", "infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
            }
        }
        if (token.isEmpty() || !token.chars().allMatch(c -> Character.isDigit(c) || "+-.eE".indexOf(c) >= 0)) {
            return null;
        }
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void skipBlanks() {
        while (at < line.length() && isBlank(line.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        return line.charAt(at);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isNameChar(char c) {
        return c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
