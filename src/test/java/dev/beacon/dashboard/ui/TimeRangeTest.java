package dev.beacon.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The range and refresh rate of a dashboard link, read from and written to its URL. */
class TimeRangeTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void a_preset_range_ends_now_and_moves_on_with_the_clock() {
        TimeRange range = TimeRange.fromQuery(QueryParameters.fromString("range=24h&refresh=30s"));

        assertThat(range.fromAt(NOW)).isEqualTo(NOW.minus(Duration.ofHours(24)));
        assertThat(range.toAt(NOW.plusSeconds(30))).isEqualTo(NOW.plusSeconds(30));
        assertThat(TimeRange.refreshFromQuery(QueryParameters.fromString("range=24h&refresh=30s"))).isEqualTo(RefreshRate.SECONDS_30);
        assertThat(range.toParameters(RefreshRate.SECONDS_30)).isEqualTo(Map.of("range", "24h", "refresh", "30s"));
    }

    @Test
    void a_custom_range_is_fixed_and_written_back_the_same_way() {
        String link = "from=2026-11-29T08:00:00Z&to=2026-11-29T09:30:00Z";

        TimeRange range = TimeRange.fromQuery(QueryParameters.fromString(link));

        assertThat(range.isCustom()).isTrue();
        assertThat(range.fromAt(NOW)).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(range.toAt(NOW)).isEqualTo(Instant.parse("2026-11-29T09:30:00Z"));
        String written = QueryParameters.simple(range.toParameters(RefreshRate.OFF)).getQueryString();
        assertThat(TimeRange.fromQuery(QueryParameters.fromString(written))).isEqualTo(range);
        assertThat(written).doesNotContain("range=", "refresh=");
    }

    @Test
    void anything_unreadable_falls_back_to_the_last_hour_without_refresh() {
        for (String query : new String[]{"range=1y", "from=yesterday&to=today", "from=2026-11-29T09:00:00Z&to=2026-11-29T08:00:00Z",
                "from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", ""}) {
            TimeRange range = TimeRange.fromQuery(QueryParameters.fromString(query));

            assertThat(range.isCustom()).as(query).isFalse();
            assertThat(range.preset()).as(query).isEqualTo(RangePreset.HOUR_1);
        }
        assertThat(TimeRange.refreshFromQuery(QueryParameters.fromString("refresh=1s"))).isEqualTo(RefreshRate.OFF);
    }
}
