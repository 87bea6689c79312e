package dev.beacon.dashboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/dashboard-json-format.md names every word of the format, so people writing dashboards as code find them. */
class DashboardJsonFormatDocumentTest {

    @Test
    void the_format_description_names_every_metric_aggregation_chart_and_visibility() throws IOException {
        String document = Files.readString(Path.of("docs", "dashboard-json-format.md"));

        assertThat(document).contains("# Dashboard JSON format, version " + DashboardDocument.FORMAT_VERSION);
        for (PanelMetric metric : PanelMetric.values()) {
            assertThat(document).as(metric.name()).contains("`" + metric.apiName() + "`");
        }
        for (Aggregation aggregation : Aggregation.values()) {
            assertThat(document).as(aggregation.name()).contains("`" + aggregation.apiName() + "`");
        }
        for (ChartType chart : ChartType.values()) {
            assertThat(document).as(chart.name()).contains("`" + chart.apiName() + "`");
        }
        for (Visibility visibility : Visibility.values()) {
            assertThat(document).as(visibility.name()).contains("`" + visibility.apiName() + "`");
        }
    }
}
