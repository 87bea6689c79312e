package dev.beacon.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The range a dashboard shows: a preset that ends now (moving on with every refresh) or a fixed custom
 * range. Lives in the URL, so a link opens the same range: {@code ?range=24h}, or
 * {@code ?from=2026-11-29T08:00:00Z&to=2026-11-29T12:00:00Z}; with {@code &refresh=30s} for auto-refresh.
 * Anything unreadable falls back to the last hour.
 */
record TimeRange(RangePreset preset, Instant from, Instant to) {

    static final RangePreset DEFAULT = RangePreset.HOUR_1;
    static final Duration LONGEST = Duration.ofDays(400);

    static TimeRange of(RangePreset preset) {
        return new TimeRange(preset, null, null);
    }

    static TimeRange custom(Instant from, Instant to) {
        return new TimeRange(null, from, to);
    }

    static TimeRange fromQuery(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        Optional<Instant> from = instant(parameters.get("from"));
        Optional<Instant> to = instant(parameters.get("to"));
        if (from.isPresent() && to.isPresent() && from.get().isBefore(to.get())
                && Duration.between(from.get(), to.get()).compareTo(LONGEST) <= 0) {
            return custom(from.get(), to.get());
        }
        return of(first(parameters.get("range")).flatMap(RangePreset::ofKey).orElse(DEFAULT));
    }

    static RefreshRate refreshFromQuery(QueryParameters query) {
        return first(query.getParameters().get("refresh")).flatMap(RefreshRate::ofKey).orElse(RefreshRate.OFF);
    }

    boolean isCustom() {
        return preset == null;
    }

    /** The start of the range when it ends at {@code now} (presets) or its fixed start. */
    Instant fromAt(Instant now) {
        return isCustom() ? from : now.minus(preset.length());
    }

    Instant toAt(Instant now) {
        return isCustom() ? to : now;
    }

    /** The URL's parameters for this range and the refresh rate (left out when off). */
    Map<String, String> toParameters(RefreshRate refresh) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (isCustom()) {
            parameters.put("from", from.toString());
            parameters.put("to", to.toString());
        } else {
            parameters.put("range", preset.key());
        }
        if (refresh != RefreshRate.OFF) {
            parameters.put("refresh", refresh.key());
        }
        return parameters;
    }

    private static Optional<String> first(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    private static Optional<Instant> instant(List<String> values) {
        try {
            return first(values).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
