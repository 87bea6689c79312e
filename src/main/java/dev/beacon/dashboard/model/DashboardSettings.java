package dev.beacon.dashboard.model;

import dev.beacon.dashboard.Comparison;
import dev.beacon.dashboard.TimeRange;
import dev.beacon.dashboard.ui.RangeChoice;
import dev.beacon.dashboard.ui.RangeSettings;
import dev.beacon.dashboard.ui.RefreshRate;
import dev.beacon.shared.ModelId;
import com.vaadin.flow.router.QueryParameters;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model dashboard's settings, as they travel in its URL so a view can be shared and bookmarked: the
 * range and refresh of every dashboard ({@link RangeSettings}), and {@code compare=model:<id>} or
 * {@code compare=version:<time of the change>}. Values that cannot be read are ignored; the defaults are
 * the last 24 hours, no auto-refresh, nothing compared.
 *
 * @param comparison null when nothing is compared
 */
record DashboardSettings(TimeRange range, RefreshRate refresh, Comparison comparison) {

    private static final String MODEL = "model:";
    private static final String VERSION = "version:";

    static DashboardSettings from(QueryParameters parameters) {
        RangeSettings range = RangeSettings.from(parameters, RangeChoice.LAST_24_HOURS);
        Comparison comparison = first(parameters.getParameters(), "compare").flatMap(DashboardSettings::comparison).orElse(null);
        return new DashboardSettings(range.range(), range.refresh(), comparison);
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        rangeSettings().writeTo(values);
        switch (comparison) {
            case null -> { }
            case Comparison.WithModel(ModelId other) -> values.put("compare", MODEL + other);
            case Comparison.BeforeVersion(Instant changedAt) -> values.put("compare", VERSION + changedAt);
        }
        return QueryParameters.simple(values);
    }

    RangeSettings rangeSettings() {
        return new RangeSettings(range, refresh);
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
