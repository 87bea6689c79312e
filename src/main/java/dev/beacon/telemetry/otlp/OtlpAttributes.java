package dev.beacon.telemetry.otlp;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of a span, resource or data point, read leniently: instrumentations disagree on types
 * (token counts as strings, temperatures as ints), so numbers are taken from any numeric or numeric-text
 * value. The first name of a list that is present wins, which is how newer convention names beat older ones.
 */
final class OtlpAttributes {

    private final Map<String, AnyValue> values;

    private OtlpAttributes(Map<String, AnyValue> values) {
        this.values = values;
    }

    static OtlpAttributes of(List<KeyValue> attributes) {
        Map<String, AnyValue> values = new HashMap<>(attributes.size() * 2);
        for (KeyValue attribute : attributes) {
            values.putIfAbsent(attribute.getKey(), attribute.getValue());
        }
        return new OtlpAttributes(values);
    }

    boolean hasAny(List<String> names) {
        return names.stream().anyMatch(values::containsKey);
    }

    Optional<String> text(String name) {
        AnyValue value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            default -> null;
        };
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    Optional<Double> number(String name) {
        AnyValue value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.getValueCase()) {
            case INT_VALUE -> Optional.of((double) value.getIntValue());
            case DOUBLE_VALUE -> Optional.of(value.getDoubleValue());
            case STRING_VALUE -> parse(value.getStringValue());
            default -> Optional.empty();
        };
    }

    /** The first of the names that holds a number. */
    Optional<Double> number(List<String> names) {
        return names.stream().map(this::number).flatMap(Optional::stream).findFirst();
    }

    Optional<Long> wholeNumber(List<String> names) {
        return number(names).filter(Double::isFinite).map(Math::round);
    }

    private static Optional<Double> parse(String text) {
        try {
            return Optional.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
