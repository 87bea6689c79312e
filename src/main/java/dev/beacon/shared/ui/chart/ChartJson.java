package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Writes chart options as the JSON that ECharts reads in the browser: record components become
 * properties of the same name and unset (null) settings are left out, so ECharts' and the theme's
 * defaults apply to them.
 */
public final class ChartJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private ChartJson() {
    }

    public static ObjectNode option(ChartOption option) {
        return MAPPER.valueToTree(option);
    }

    /** The argument of the browser's data-only update: [{id, data}, …] and nothing else. */
    public static ArrayNode seriesData(List<SeriesData> updates) {
        return MAPPER.valueToTree(updates);
    }
}
