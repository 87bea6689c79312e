package dev.beacon.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The figures of a run: printed together at the end, exactly one {@code name: value} line each. */
final class Results {

    private final Map<String, String> figures = new LinkedHashMap<>();

    void put(String name, String value) {
        figures.put(name, value);
    }

    void put(String name, double value, int decimals) {
        put(name, number(value, decimals));
    }

    void print(PrintStream out) {
        figures.forEach((name, value) -> out.println(name + ": " + value));
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String seconds(long nanos) {
        return number(nanos / 1e9, 1) + " s";
    }
}
