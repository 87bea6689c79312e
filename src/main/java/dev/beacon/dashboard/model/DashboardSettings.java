package dev.beacon.dashboard.model;

import dev.beacon.dashboard.Comparison;
import dev.beacon.dashboard.TimeRange;
import dev.beacon.shared.ModelId;
import com.vaadin.flow.router.QueryParameters;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dashboard's settings, as they travel in its URL so a view can be shared and bookmarked:
 * {@code range=24h} (or {@code from=…&to=…}, ISO-8601 instants), {@code refresh=30s}, and
 * {@code compare=model:<id>} or {@code compare=version:<time of the change>}. Values that cannot be
 * read are ignored; the defaults are the last 24 hours, no auto-refresh, nothing compared.
 *
 * @param comparison null when nothing is compared
 */
record DashboardSettings(TimeRange range, RefreshRate refresh, Comparison comparison) {

    static final DashboardSettings DEFAULT = new DashboardSettings(RangeChoice.LAST_24_HOURS.range(), RefreshRate.OFF, null);

    private static final String MODEL = "model:";
    private static final String VERSION = "version:";

    static DashboardSettings from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        TimeRange range = first(values, "range").flatMap(RangeChoice::ofParameter).map(RangeChoice::range)
                .or(() -> between(first(values, "from"), first(values, "to")))
                .orElse(DEFAULT.range);
        RefreshRate refresh = first(values, "refresh").flatMap(RefreshRate::ofParameter).orElse(RefreshRate.OFF);
        Comparison comparison = first(values, "compare").flatMap(DashboardSettings::comparison).orElse(null);
        return new DashboardSettings(range, refresh, comparison);
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        switch (range) {
            case TimeRange.Between(Instant start, Instant end) -> {
                values.put("from", start.toString());
                values.put("to", end.toString());
            }
            case TimeRange.Last last -> values.put("range", RangeChoice.of(last).parameter());
        }
        if (refresh.parameter() != null) {
            values.put("refresh", refresh.parameter());
        }
        switch (comparison) {
            case null -> { }
            case Comparison.WithModel(ModelId other) -> values.put("compare", MODEL + other);
            case Comparison.BeforeVersion(Instant changedAt) -> values.put("compare", VERSION + changedAt);
        }
        return QueryParameters.simple(values);
    }

    DashboardSettings withRange(TimeRange newRange) {
        return new DashboardSettings(newRange, refresh, comparison);
    }

    DashboardSettings withRefresh(RefreshRate newRefresh) {
        return new DashboardSettings(range, newRefresh, comparison);
    }

    DashboardSettings withComparison(Comparison newComparison) {
        return new DashboardSettings(range, refresh, newComparison);
    }

    private static Optional<TimeRange> between(Optional<String> from, Optional<String> to) {
        try {
            if (from.isPresent() && to.isPresent()) {
                Instant start = Instant.parse(from.get());
                Instant end = Instant.parse(to.get());
                return start.isBefore(end) ? Optional.of(new TimeRange.Between(start, end)) : Optional.empty();
            }
        } catch (DateTimeParseException unreadable) {
            // an edited or truncated link: fall back to the default range
        }
        return Optional.empty();
    }

    private static Optional<Comparison> comparison(String value) {
        try {
            if (value.startsWith(MODEL)) {
                return Optional.of(new Comparison.WithModel(ModelId.of(value.substring(MODEL.length()))));
            }
            if (value.startsWith(VERSION)) {
                return Optional.of(new Comparison.BeforeVersion(Instant.parse(value.substring(VERSION.length()))));
            }
        } catch (RuntimeException unreadable) {
            // not an id or not a time: compare nothing
        }
        return Optional.empty();
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        return Optional.ofNullable(values.get(name)).filter(list -> !list.isEmpty()).map(List::getFirst);
    }
}
