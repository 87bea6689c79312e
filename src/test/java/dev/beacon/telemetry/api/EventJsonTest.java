package dev.beacon.telemetry.api;

import dev.beacon.shared.InvalidInputException;
import dev.beacon.telemetry.ingest.BodyTooLargeException;
import dev.beacon.telemetry.ingest.RequestEventInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick reader of the usual event shape ({@link EventJson}) and the UTC time parser must never change what a
 * batch means: every body reads to the same events, or fails with the same field and message, as with Jackson's
 * data binding alone.
 */
class EventJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FULL = """
            {"model":"llama","timestamp":"2026-11-29T10:15:30.250Z","latencyMs":812.5,"timeToFirstTokenMs":95,\
            "inputTokens":512,"outputTokens":128,"status":"ok","errorType":null,"temperature":0.7,"maxTokens":1024,\
            "clientEventId":"req-1"}""";

    private final BatchReader<RequestEventInput> quick = new BatchReader<>(JSON, RequestEventInput.class, "events", 10, EventJson::read);
    private final BatchReader<RequestEventInput> bound = new BatchReader<>(JSON, RequestEventInput.class, "events", 10);

    @ParameterizedTest
    @ValueSource(strings = {
            "[" + FULL + "," + FULL + "]",
            "{\"events\":[" + FULL + "]}",
            "[{\"model\":\"m\",\"timestamp\":\"2026-11-29T10:00:00Z\",\"latencyMs\":5}]",
            "[{\"model\":null,\"timestamp\":null,\"latencyMs\":null,\"inputTokens\":null}]",
            "[{\"timestamp\":\"2026-11-29T10:00:00.123456789Z\"}]",
            "[{\"timestamp\":\"2026-11-29T12:00:00+02:00\"}]",
            "[{\"timestamp\":\"2026-11-29T10:00:00.1234567890Z\"}]",
            "[{\"timestamp\":\"2026-02-30T10:00:00Z\"}]",
            "[{\"timestamp\":\"2026-11-29T24:00:00Z\"}]",
            "[{\"timestamp\":\"2026-12-31T23:59:60Z\"}]",
            "[{\"timestamp\":\"2026-11-29T10:00:00z\"}]",
            "[{\"timestamp\":1764411330}]",
            "[{\"latencyMs\":\"812.5\",\"inputTokens\":\"512\"}]",
            "[{\"inputTokens\":512.0,\"outputTokens\":1e2}]",
            "[{\"inputTokens\":12345678901234567890}]",
            "[{\"latencyMs\":\"fast\"}]",
            "[{\"latencyMs\":5,\"latencyMs\":7}]",
            "[{\"model\":\"m\",\"gateway\":\"gw-1\"}]",
            "[{\"model\":[\"a\"]}]",
            "[{\"status\":\"ERROR\",\"errorType\":\" Timeout \"}]"})
    void every_body_reads_as_data_binding_reads_it(String body) {
        Object expected = outcome(bound, body);
        Object actual = outcome(quick, body);

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T10:15:30Z", "2026-11-29T10:15:30.2Z", "2026-11-29T10:15:30.250Z",
            "2026-11-29T23:59:59.999999999Z", "2024-02-29T00:00:00Z", "1970-01-01T00:00:00Z"})
    void plain_utc_times_are_read_the_quick_way(String text) {
        assertThat(UtcInstantDeserializer.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T10:15:30+01:00", "2026-11-29 10:15:30Z", "2026-11-29T10:15:30.Z", "2026-13-01T00:00:00Z",
            "2025-02-29T00:00:00Z", "2026-11-29T10:60:00Z", "2026-11-29T24:00:00Z", "2026-12-31T23:59:60Z",
            "2026-11-29T10:15:3xZ", "2026-11-29"})
    void anything_else_is_left_to_jacksons_own_parser(String text) {
        assertThat(UtcInstantDeserializer.parse(text)).isNull();
    }

    /** The events read, or what the API would answer: the field and message of the refusal. */
    private static Object outcome(BatchReader<RequestEventInput> reader, String body) {
        try {
            return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidInputException refusal) {
            return List.of(refusal.field(), refusal.getMessage());
        } catch (BodyTooLargeException e) {
            throw new AssertionError(e);
        }
    }
}
