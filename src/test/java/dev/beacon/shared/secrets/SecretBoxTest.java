package dev.beacon.shared.secrets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-256-GCM sealing: what goes in comes out with the same key, and only with it. */
class SecretBoxTest {

    private static final String API_KEY = "sk-live-Ünïcode-4f1c2a9d";

    private final SecretBox box = new SecretBox(key(1));

    @Test
    void a_sealed_secret_opens_to_the_same_text_and_holds_none_of_its_bytes() {
        byte[] sealed = box.seal(API_KEY);

        assertThat(box.open(sealed)).isEqualTo(API_KEY);
        assertThat(HexFormat.of().formatHex(sealed))
                .doesNotContain(HexFormat.of().formatHex("sk-live".getBytes(StandardCharsets.UTF_8)));
        assertThat(sealed[0]).as("format version").isEqualTo((byte) 1);
        assertThat(sealed).hasSize(1 + 12 + API_KEY.getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    void sealing_the_same_secret_twice_gives_different_bytes_because_each_gets_its_own_nonce() {
        assertThat(box.seal(API_KEY)).isNotEqualTo(box.seal(API_KEY));
    }

    @Test
    void another_key_cannot_open_it_and_says_so_instead_of_returning_garbage() {
        byte[] sealed = box.seal(API_KEY);

        assertThatThrownBy(() -> new SecretBox(key(2)).open(sealed))
                .isInstanceOf(SecretBoxException.class)
                .hasMessageContaining("another secret key");
    }

    @Test
    void a_changed_byte_is_detected() {
        byte[] sealed = box.seal(API_KEY);
        sealed[sealed.length - 20] ^= 1;

        assertThatThrownBy(() -> box.open(sealed)).isInstanceOf(SecretBoxException.class);
        assertThatThrownBy(() -> box.open(new byte[5])).isInstanceOf(SecretBoxException.class);
    }

    @Test
    void its_text_never_shows_the_key() {
        assertThat(box.toString()).doesNotContain(HexFormat.of().formatHex(key(1))).isEqualTo("SecretBox[AES-256-GCM]");
    }

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
