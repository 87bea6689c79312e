package dev.beacon.telemetry.otlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GenAiAttributesTest {

    @Test
    void error_types_of_any_shape_become_names_beacon_can_store() {
        assertThat(GenAiAttributes.errorType("timeout")).isEqualTo("timeout");
        assertThat(GenAiAttributes.errorType("_OTHER")).isEqualTo("other");
        assertThat(GenAiAttributes.errorType("java.net.SocketTimeoutException")).isEqualTo("java.net.sockettimeoutexception");
        assertThat(GenAiAttributes.errorType("rate limited!")).isEqualTo("rate_limited_");
        assertThat(GenAiAttributes.errorType("???")).isEqualTo("error");
        assertThat(GenAiAttributes.errorType("x".repeat(70) + ".ReadTimeout")).hasSize(64).endsWith(".readtimeout");
    }
}
