package dev.beacon.telemetry.otlp;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.Span;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OtlpEncodingTest {

    @Test
    void json_ids_are_hex_in_any_case_and_enums_may_be_numbers_or_names() {
        String json = """
                {"resource_spans": [{"scopeSpans": [{"spans": [
                  {"traceId": "5b8efff798038103D269B633813FC60C", "spanId": "eee19b7ec3c1b174", "parentSpanId": "",
                   "kind": "SPAN_KIND_SERVER", "status": {"code": 2}, "startTimeUnixNano": 1700000000000000000}]}]}]}""";

        Span span = OtlpEncoding.JSON.parse(json.getBytes(StandardCharsets.UTF_8), ExportTraceServiceRequest.newBuilder())
                .build().getResourceSpans(0).getScopeSpans(0).getSpans(0);

        assertThat(HexFormat.of().formatHex(span.getTraceId().toByteArray())).isEqualTo("5b8efff798038103d269b633813fc60c");
        assertThat(HexFormat.of().formatHex(span.getSpanId().toByteArray())).isEqualTo("eee19b7ec3c1b174");
        assertThat(span.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(span.getStatus().getCode()).isEqualTo(io.opentelemetry.proto.trace.v1.Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(span.getStartTimeUnixNano()).isEqualTo(1_700_000_000_000_000_000L);
    }

    @Test
    void a_body_that_is_no_such_message_is_unreadable() {
        assertThatThrownBy(() -> OtlpEncoding.JSON.parse("[1, 2]".getBytes(StandardCharsets.UTF_8), ExportTraceServiceRequest.newBuilder()))
                .isInstanceOf(UnreadablePayloadException.class);
        assertThatThrownBy(() -> OtlpEncoding.PROTOBUF.parse(new byte[]{(byte) 0xff, 0x00}, ExportTraceServiceRequest.newBuilder()))
                .isInstanceOf(UnreadablePayloadException.class);
    }

    @Test
    void the_content_type_picks_the_encoding() {
        assertThat(OtlpEncoding.of("application/x-protobuf")).contains(OtlpEncoding.PROTOBUF);
        assertThat(OtlpEncoding.of("application/json; charset=utf-8")).contains(OtlpEncoding.JSON);
        assertThat(OtlpEncoding.of("text/plain")).isEmpty();
        assertThat(OtlpEncoding.of(null)).isEmpty();
    }
}
