package dev.beacon.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatEndpointTest {

    @Test
    void the_chat_path_is_added_to_the_endpoint_with_v1_only_once() {
        assertThat(ChatEndpoint.completionsUrl("http://gpu-1:8000")).isEqualTo("http://gpu-1:8000/v1/chat/completions");
        assertThat(ChatEndpoint.completionsUrl("http://gpu-1:8000/")).isEqualTo("http://gpu-1:8000/v1/chat/completions");
        assertThat(ChatEndpoint.completionsUrl("http://gpu-1:8000/v1")).isEqualTo("http://gpu-1:8000/v1/chat/completions");
        assertThat(ChatEndpoint.completionsUrl("https://llm.example.org/openai/v1/ "))
                .isEqualTo("https://llm.example.org/openai/v1/chat/completions");
    }
}
