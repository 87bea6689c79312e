package dev.beacon.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import dev.beacon.dashboard.TimeRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The range and refresh rate of a dashboard link, read from and written to its URL — the same for every dashboard. */
class RangeSettingsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void a_preset_range_ends_now_and_moves_on_with_the_clock() {
        RangeSettings settings = read("range=24h&refresh=30s", RangeChoice.LAST_HOUR);

        assertThat(settings.range().from(NOW)).isEqualTo(NOW.minus(Duration.ofHours(24)));
        assertThat(settings.range().to(NOW.plusSeconds(30))).isEqualTo(NOW.plusSeconds(30));
        assertThat(settings.refresh()).isEqualTo(RefreshRate.EVERY_30_SECONDS);
        assertThat(written(settings)).isEqualTo(Map.of("range", "24h", "refresh", "30s"));
    }

    @Test
    void a_custom_range_is_fixed_and_written_back_the_same_way() {
        RangeSettings settings = read("from=2026-11-29T08:00:00Z&to=2026-11-29T09:30:00Z", RangeChoice.LAST_HOUR);

        assertThat(settings.range()).isEqualTo(new TimeRange.Between(Instant.parse("2026-11-29T08:00:00Z"),
                Instant.parse("2026-11-29T09:30:00Z")));
        assertThat(RangeChoice.of(settings.range())).isEqualTo(RangeChoice.CUSTOM);
        String link = QueryParameters.simple(written(settings)).getQueryString();
        assertThat(read(link, RangeChoice.LAST_HOUR)).isEqualTo(settings);
        assertThat(link).doesNotContain("range=", "refresh=");
    }

    @Test
    void anything_unreadable_falls_back_to_the_dashboards_default_range_without_refresh() {
        for (String query : new String[]{"range=1y", "from=yesterday&to=today", "from=2026-11-29T09:00:00Z&to=2026-11-29T08:00:00Z",
                "from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "refresh=1s", ""}) {
            assertThat(read(query, RangeChoice.LAST_HOUR)).as(query)
                    .isEqualTo(new RangeSettings(RangeChoice.LAST_HOUR.range(), RefreshRate.OFF));
            assertThat(read(query, RangeChoice.LAST_24_HOURS).range()).as(query).isEqualTo(RangeChoice.LAST_24_HOURS.range());
        }
    }

    @Test
    void a_custom_window_must_start_before_it_ends_and_span_at_most_400_days() {
        assertThat(RangeSettings.problemWith(NOW, NOW)).contains("Choose a start before the end");
        assertThat(RangeSettings.problemWith(NOW.minus(Duration.ofDays(401)), NOW)).contains("Choose a range of at most 400 days");
        assertThat(RangeSettings.problemWith(NOW.minus(Duration.ofDays(400)), NOW)).isEmpty();
    }

    private static RangeSettings read(String query, RangeChoice defaultRange) {
        return RangeSettings.from(QueryParameters.fromString(query), defaultRange);
    }

    private static Map<String, String> written(RangeSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        settings.writeTo(values);
        return values;
    }
}
