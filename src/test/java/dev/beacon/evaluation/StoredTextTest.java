package dev.beacon.evaluation;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StoredTextTest {

    @Test
    void answers_are_cut_to_4_kb_of_utf8_never_inside_a_character() {
        String emoji = "🙂".repeat(1500); // 4 bytes each, 2 chars each

        String cut = StoredText.cutToBytes(emoji, StoredText.MAX_ANSWER_BYTES);

        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(4096);
        assertThat(cut).isEqualTo("🙂".repeat(1024));
        assertThat(StoredText.cutToBytes("a" + "€".repeat(2000), 4096).getBytes(StandardCharsets.UTF_8)).hasSize(4096);
        assertThat(StoredText.cutToBytes("short", 4096)).isEqualTo("short");
        assertThat(StoredText.cutToBytes(null, 4096)).isNull();
    }

    @Test
    void nul_characters_which_postgresql_cannot_store_are_dropped() {
        assertThat(StoredText.cutToBytes("a\0b", 10)).isEqualTo("ab");
        assertThat(StoredText.cutToChars("a\0b", 10)).isEqualTo("ab");
    }

    @Test
    void reasons_are_cut_to_their_length_with_an_ellipsis() {
        assertThat(StoredText.cutToChars("x".repeat(30), 10)).isEqualTo("xxxxxxxxx…");
        assertThat(StoredText.cutToChars("x".repeat(8) + "🙂", 10)).isEqualTo("xxxxxxxx🙂");
        assertThat(StoredText.cutToChars("x".repeat(8) + "🙂🙂", 10)).isEqualTo("xxxxxxxx…");
    }
}
