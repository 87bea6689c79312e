package dev.beacon.shared.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading the query parameters views keep their filters in; a value Beacon does not know reads as absent. */
public final class UrlParameters {

    private UrlParameters() {
    }

    /** The first value of the parameter, if it has one. */
    public static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).filter(values -> !values.isEmpty()).map(List::getFirst);
    }

    /** The constant of that name, or empty for a name the enum does not have. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
