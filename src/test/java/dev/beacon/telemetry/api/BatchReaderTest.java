package dev.beacon.telemetry.api;

import dev.beacon.shared.InvalidInputException;
import dev.beacon.telemetry.ingest.BatchTooLargeException;
import dev.beacon.telemetry.ingest.RequestEventInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchReaderTest {

    private static final String EVENT = "{\"model\":\"m\",\"timestamp\":\"2026-11-29T10:00:00Z\",\"latencyMs\":5}";

    private final BatchReader<RequestEventInput> reader =
            new BatchReader<>(JsonMapper.builder().build(), RequestEventInput.class, "events", 3);

    @Test
    void reads_a_plain_array_and_an_array_wrapped_in_an_object_whose_other_properties_are_ignored() throws Exception {
        assertThat(read("[" + EVENT + "," + EVENT + "]")).hasSize(2);
        assertThat(read("{\"source\":{\"host\":\"gw-1\"},\"events\":[" + EVENT + "]}"))
                .singleElement().satisfies(event -> assertThat(event.latencyMs()).isEqualTo(5.0));
        assertThat(read("[]")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[{\"latencyMs\":\"fast\"}]                          | events[0].latencyMs | Must be a number",
            "[{}, {\"timestamp\":\"yesterday\"}]                 | events[1].timestamp | ISO-8601",
            "[{}, {}, {\"inputTokens\":1e40}]                    | events[2].inputTokens | ",
            "[{\"model\":[\"a\"]}]                               | events[0].model     | Must be a string",
            "[{}, 7]                                             | events[1]           | JSON object",
            "[{\"latencyMs\": 5,]                                | body                | not valid JSON",
            "[{}] [{}]                                           | body                | follows the batch",
            "\"events\"                                          | body                | JSON array of events",
            "{\"items\":[]}                                      | body                | {\"events\": [...]}",
            "{\"events\":{}}                                     | events              | JSON array",
            "''                                                  | body                | JSON array of events"})
    void names_what_is_wrong_as_the_api_reports_it(String body, String field, String message) {
        assertThatThrownBy(() -> read(body))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    if (message != null) {
                        assertThat(e.getMessage()).contains(message);
                    }
                });
    }

    @Test
    void counts_the_items_beyond_the_limit_without_reading_them() {
        assertThatThrownBy(() -> read("[" + String.join(",", List.of(EVENT, EVENT, EVENT, EVENT, "{\"x\":[1,2]}")) + "]"))
                .isInstanceOf(BatchTooLargeException.class)
                .hasMessageContaining("holds 5 items; send at most 3");
    }

    private List<RequestEventInput> read(String json) throws Exception {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
