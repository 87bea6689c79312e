package dev.beacon.shared.ui.chart;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ECharts option JSON that the server builds for the browser. */
class ChartOptionJsonTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final ValueFormat MILLIS = ValueFormat.of("ms", 1);

    @Test
    void time_series_panel_has_an_axis_tooltip_a_legend_a_time_axis_and_zoom_by_selection_slider_and_ctrl_wheel() {
        JsonNode json = json(ChartOption.timeSeries("Latency").yAxis(Axis.value(MILLIS)).series(line("p95")).build());

        assertThat(json.at("/title/text").asString()).isEqualTo("Latency");
        assertThat(json.at("/tooltip/trigger").asString()).isEqualTo("axis");
        assertThat(json.at("/legend/type").asString()).isEqualTo("scroll");
        assertThat(json.at("/xAxis/0/type").asString()).isEqualTo("time");
        assertThat(json.at("/xAxis/0/axisLabel/formatter")).isEqualTo(json("{\"format\":\"time\",\"style\":\"short\"}"));
        assertThat(json.at("/xAxis/0/axisPointer/label/formatter")).isEqualTo(json("{\"format\":\"time\",\"style\":\"long\"}"));
        assertThat(json.at("/dataZoom")).hasSize(2);
        assertThat(json.at("/dataZoom/0/type").asString()).isEqualTo("inside");
        assertThat(json.at("/dataZoom/0/zoomOnMouseWheel").asString()).isEqualTo("ctrl");
        assertThat(json.at("/dataZoom/0/moveOnMouseMove").asBoolean()).isFalse();
        assertThat(json.at("/dataZoom/1/type").asString()).isEqualTo("slider");
        assertThat(json.at("/toolbox/feature/dataZoom/yAxisIndex").asString()).isEqualTo("none");
        assertThat(json.at("/aria/enabled").asBoolean()).isTrue();
        assertThat(json.at("/aria/label/description").asString()).isEqualTo("Latency: p95");
    }

    @Test
    void layout_leaves_room_for_title_slider_and_legend_under_the_plot() {
        JsonNode json = json(ChartOption.timeSeries("Latency").yAxis(Axis.value(MILLIS)).series(line("p95")).build());

        assertThat(json.at("/legend/bottom").asInt()).isEqualTo(4);
        assertThat(json.at("/dataZoom/1/bottom").asInt()).isEqualTo(30);
        assertThat(json.at("/grid/bottom").asInt()).isEqualTo(30 + 20 + 8);
        assertThat(json.at("/grid/top").asInt()).isEqualTo(44);
    }

    @Test
    void a_subtitle_and_an_axis_on_the_right_get_their_room_too_and_a_fixed_range_shows_as_is() {
        ChartOption option = ChartOption.builder().title(Title.of("Latency", "last hour"))
                .xAxis(Axis.time(T0, T0.plus(Duration.ofHours(1))))
                .yAxis(Axis.value(MILLIS).withName("p95"))
                .yAxis(Axis.value(ValueFormat.count()).onRight())
                .series(line("p95"))
                .build();

        JsonNode json = json(option);

        assertThat(json.at("/grid")).isEqualTo(json("{\"left\":12,\"right\":12,\"top\":60,\"bottom\":12}"));
        assertThat(json.at("/title/subtext").asString()).isEqualTo("last hour");
        assertThat(json.at("/xAxis/0/min").asLong()).isEqualTo(T0.toEpochMilli());
        assertThat(json.at("/xAxis/0/max").asLong()).isEqualTo(T0.plus(Duration.ofHours(1)).toEpochMilli());
        assertThat(json.at("/yAxis/0/name").asString()).isEqualTo("p95");
        assertThat(json.has("dataZoom")).isFalse();
        assertThat(json.has("legend")).isFalse();
    }

    @Test
    void colours_with_a_meaning_travel_as_lumo_properties_and_comparisons_are_dashed() {
        JsonNode json = json(chart(line("errors").color(ChartColor.ERROR).dashed())).at("/series/0");

        assertThat(json.at("/itemStyle/color").asString()).isEqualTo("var(--lumo-error-text-color)");
        assertThat(json.at("/lineStyle")).isEqualTo(json("{\"color\":\"var(--lumo-error-text-color)\",\"type\":\"dashed\"}"));
    }

    @Test
    void line_series_is_thinned_with_lttb_and_written_as_time_value_pairs_with_gaps_as_null() {
        LineSeries series = LineSeries.of("p95", "p95 latency",
                List.of(TimePoint.of(T0, 120.5), TimePoint.gap(T0.plusSeconds(60)), TimePoint.of(T0.plusSeconds(120), 130)));

        JsonNode json = json(chart(series)).at("/series/0");

        assertThat(json.get("type").asString()).isEqualTo("line");
        assertThat(json.get("id").asString()).isEqualTo("p95");
        assertThat(json.get("name").asString()).isEqualTo("p95 latency");
        assertThat(json.get("sampling").asString()).isEqualTo("lttb");
        assertThat(json.get("showSymbol").asBoolean()).isFalse();
        assertThat(json.get("data")).isEqualTo(json("[[1772438400000,120.5],[1772438460000,null],[1772438520000,130.0]]"));
        assertThat(json.has("areaStyle")).isFalse();
        assertThat(json.has("yAxisIndex")).isFalse();
    }

    @Test
    void area_is_a_line_filled_to_the_axis() {
        JsonNode json = json(chart(line("tokens").area().stacked("tokens"))).at("/series/0");

        assertThat(json.get("type").asString()).isEqualTo("line");
        assertThat(json.at("/areaStyle/opacity").asDouble()).isEqualTo(0.25);
        assertThat(json.get("stack").asString()).isEqualTo("tokens");
    }

    @Test
    void bars_and_scatter_switch_to_large_mode_for_big_series() {
        JsonNode bar = json(chart(BarSeries.of("requests", "requests/min", points(3)).color(ChartColor.ERROR))).at("/series/0");
        JsonNode scatter = json(chart(ScatterSeries.of("evals", "eval score", points(3)))).at("/series/0");

        assertThat(bar.get("type").asString()).isEqualTo("bar");
        assertThat(bar.get("large").asBoolean()).isTrue();
        assertThat(bar.get("largeThreshold").asInt()).isEqualTo(600);
        assertThat(bar.at("/itemStyle/color").asString()).isEqualTo("var(--lumo-error-color)");
        assertThat(scatter.get("type").asString()).isEqualTo("scatter");
        assertThat(scatter.get("large").asBoolean()).isTrue();
        assertThat(scatter.get("data")).hasSize(3);
    }

    @Test
    void heat_map_draws_cells_on_time_buckets_and_named_buckets_with_a_colour_scale() {
        ChartOption option = ChartOption.builder()
                .tooltip(Tooltip.item())
                .xAxis(Axis.timeBuckets(List.of(T0, T0.plusSeconds(60))))
                .yAxis(Axis.category(List.of("<100 ms", "100-250 ms")))
                .visualMap(VisualMap.continuous(0, 50, ChartColor.PRIMARY, ValueFormat.count()))
                .series(HeatmapSeries.of("latency-buckets", "requests", List.of(new HeatCell(0, 1, 12.0), new HeatCell(1, 0, null))))
                .build();

        JsonNode json = json(option);

        assertThat(json.at("/series/0/type").asString()).isEqualTo("heatmap");
        assertThat(json.at("/series/0/data")).isEqualTo(json("[[0,1,12.0],[1,0,null]]"));
        assertThat(json.at("/xAxis/0/type").asString()).isEqualTo("category");
        assertThat(json.at("/xAxis/0/data")).isEqualTo(json("[1772438400000,1772438460000]"));
        assertThat(json.at("/yAxis/0/data/1").asString()).isEqualTo("100-250 ms");
        assertThat(json.at("/visualMap/0/max").asDouble()).isEqualTo(50);
        assertThat(json.at("/visualMap/0/inRange/color")).isEqualTo(json("[\"var(--lumo-primary-color-10pct)\",\"var(--lumo-primary-color)\"]"));
    }

    @Test
    void gauge_shows_its_value_with_unit_on_an_arc_coloured_by_range() {
        GaugeSeries gauge = GaugeSeries.of("kv-cache", "KV cache", 0, 100, ValueFormat.of("%", 0)).bands(70, 90).showing("used", 64);

        JsonNode json = json(ChartOption.builder().series(gauge).build()).at("/series/0");

        assertThat(json.get("type").asString()).isEqualTo("gauge");
        assertThat(json.get("data")).isEqualTo(json("[{\"name\":\"used\",\"value\":64.0}]"));
        assertThat(json.at("/detail/formatter")).isEqualTo(json("{\"format\":\"number\",\"unit\":\"%\",\"decimals\":0}"));
        assertThat(json.at("/axisLine/lineStyle/color")).isEqualTo(json("""
                [[0.7,"var(--lumo-success-color)"],[0.9,"var(--lumo-warning-color)"],[1.0,"var(--lumo-error-color)"]]"""));
        assertThat(json(ChartOption.builder().series(gauge).build()).has("xAxis")).isFalse();
    }

    @Test
    void thresholds_are_dashed_horizontal_lines_and_versions_vertical_lines_with_their_labels() {
        LineSeries series = line("p95").markLine(MarkLine.of(
                MarkLine.threshold("SLO 800 ms", 800, ChartColor.WARNING),
                MarkLine.at(T0.plusSeconds(600), "v2.1", ChartColor.PRIMARY)));

        JsonNode json = json(chart(series)).at("/series/0/markLine");

        assertThat(json.get("symbol").asString()).isEqualTo("none");
        assertThat(json.get("silent").asBoolean()).isTrue();
        assertThat(json.at("/data/0")).isEqualTo(json("""
                {"name":"SLO 800 ms","yAxis":800.0,
                 "lineStyle":{"color":"var(--lumo-warning-text-color)","type":"dashed","width":1},
                 "label":{"formatter":"SLO 800 ms","position":"insideEndTop","color":"var(--lumo-warning-text-color)"}}"""));
        assertThat(json.at("/data/1/xAxis").asLong()).isEqualTo(T0.plusSeconds(600).toEpochMilli());
        assertThat(json.at("/data/1/label/formatter").asString()).isEqualTo("v2.1");
        assertThat(json.at("/data/1/lineStyle/type").asString()).isEqualTo("solid");
    }

    @Test
    void alert_bands_span_their_time_over_the_whole_plot_height() {
        LineSeries series = line("p95").markArea(MarkArea.of(
                MarkArea.during(T0, T0.plus(Duration.ofMinutes(5)), "latency alert", ChartColor.ERROR),
                MarkArea.between(2000, 5000, "critical", ChartColor.ERROR)));

        JsonNode json = json(chart(series)).at("/series/0/markArea/data");

        assertThat(json.get(0)).isEqualTo(json("""
                [{"name":"latency alert","xAxis":1772438400000,"itemStyle":{"color":"var(--lumo-error-color-10pct)"},
                  "label":{"position":"insideTop","color":"var(--lumo-error-text-color)"}},
                 {"xAxis":1772438700000}]"""));
        assertThat(json.at("/1/0/yAxis").asDouble()).isEqualTo(2000);
        assertThat(json.at("/1/1/yAxis").asDouble()).isEqualTo(5000);
    }

    @Test
    void units_reach_the_tooltip_and_the_axis_labels_as_format_descriptions() {
        ChartOption option = ChartOption.timeSeries("Throughput")
                .tooltip(Tooltip.axis(ValueFormat.count()))
                .yAxis(Axis.value(ValueFormat.of("tokens/s", 0)).withMin(0))
                .yAxis(Axis.value(ValueFormat.of("%", 1)).withMax(100).onRight())
                .series(line("tps").unit(ValueFormat.of("tokens/s", 0)), line("errors").unit(ValueFormat.of("%", 1)).onAxis(1))
                .build();

        JsonNode json = json(option);

        assertThat(json.at("/series/0/tooltip/valueFormatter")).isEqualTo(json("{\"format\":\"number\",\"unit\":\"tokens/s\",\"decimals\":0}"));
        assertThat(json.at("/series/1/tooltip/valueFormatter/unit").asString()).isEqualTo("%");
        assertThat(json.at("/series/1/yAxisIndex").asInt()).isEqualTo(1);
        assertThat(json.at("/tooltip/valueFormatter/decimals").asInt()).isZero();
        assertThat(json.at("/yAxis/0/axisLabel/formatter/unit").asString()).isEqualTo("tokens/s");
        assertThat(json.at("/yAxis/0/min").asInt()).isZero();
        assertThat(json.at("/yAxis/0").has("max")).isFalse();
        assertThat(json.at("/yAxis/1/max").asInt()).isEqualTo(100);
        assertThat(json.at("/yAxis/1/position").asString()).isEqualTo("right");
    }

    @Test
    void new_data_replaces_the_points_of_that_series_only() {
        ChartOption option = chart(line("p50"), line("p95"));

        ChartOption refreshed = option.withSeriesData(List.of(new SeriesData("p95", points(5))));

        assertThat(refreshed.series("p95").orElseThrow().data()).hasSize(5);
        assertThat(refreshed.series("p50").orElseThrow().data()).hasSize(2);
        assertThat(json(refreshed).at("/title")).isEqualTo(json(option).at("/title"));
        assertThat(ChartJson.seriesData(List.of(new SeriesData("p95", points(1)))))
                .isEqualTo(json("[{\"id\":\"p95\",\"data\":[[1772438400000,100.0]]}]"));
    }

    @Test
    void parts_that_do_not_fit_together_are_refused_when_built() {
        assertThatThrownBy(() -> chart(line("p95"), line("p95")))
                .hasMessageContaining("Two series have the id p95");
        assertThatThrownBy(() -> ChartOption.builder().series(line("p95")).build())
                .hasMessageContaining("needs an x and a y axis");
        assertThatThrownBy(() -> chart(line("p95").onAxis(1)))
                .hasMessageContaining("uses y axis 1 of 1");
        assertThatThrownBy(() -> ChartOption.builder().xAxis(Axis.category(List.of("a"))).yAxis(Axis.category(List.of("b")))
                .series(HeatmapSeries.of("h", "h", List.of())).build())
                .hasMessageContaining("needs a visual map");
        assertThatThrownBy(() -> line("p95").withData(List.of(new GaugeValue("now", 1))))
                .hasMessageContaining("takes TimePoint data, not GaugeValue");
        assertThatThrownBy(() -> LineSeries.of(" ", "blank", List.of())).hasMessageContaining("needs an id");
        assertThatThrownBy(() -> Axis.time(T0, T0)).hasMessageContaining("from < to");
    }

    private static ChartOption chart(Series... series) {
        return ChartOption.timeSeries("Test").yAxis(Axis.value(MILLIS)).series(series).build();
    }

    private static LineSeries line(String id) {
        return LineSeries.of(id, id, points(2));
    }

    private static List<TimePoint> points(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> TimePoint.of(T0.plusSeconds(60L * i), 100 + i)).toList();
    }

    private static JsonNode json(ChartOption option) {
        return ChartJson.option(option);
    }

    private static JsonNode json(String text) {
        return tools.jackson.databind.json.JsonMapper.shared().readTree(text);
    }
}
