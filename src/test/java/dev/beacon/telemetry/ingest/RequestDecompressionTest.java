package dev.beacon.telemetry.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestDecompressionTest {

    private final RequestDecompression decompression = new RequestDecompression(DataSize.ofKilobytes(64));

    @Test
    void a_gzipped_body_is_unpacked_and_a_plain_one_passes_through() throws IOException {
        byte[] text = "{\"events\": []}".getBytes(StandardCharsets.UTF_8);

        assertThat(decompression.readAll(new ByteArrayInputStream(gzip(text)), "gzip")).isEqualTo(text);
        assertThat(decompression.readAll(new ByteArrayInputStream(text), null)).isEqualTo(text);
        assertThat(decompression.readAll(new ByteArrayInputStream(text), "identity")).isEqualTo(text);
    }

    @Test
    void a_small_gzip_that_unpacks_past_the_limit_is_refused() throws IOException {
        byte[] bomb = gzip(new byte[1024 * 1024]);

        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> decompression.readAll(new ByteArrayInputStream(bomb), "gzip"))
                .isInstanceOf(RequestDecompression.TooLargeException.class);
        assertThatThrownBy(() -> decompression.readAll(new ByteArrayInputStream(new byte[65 * 1024]), null))
                .isInstanceOf(RequestDecompression.TooLargeException.class);
    }

    @Test
    void other_encodings_and_corrupt_gzip_are_refused() {
        assertThatThrownBy(() -> decompression.readAll(new ByteArrayInputStream(new byte[4]), "br"))
                .isInstanceOf(RequestDecompression.UnsupportedEncodingException.class);
        assertThatThrownBy(() -> decompression.readAll(new ByteArrayInputStream(new byte[]{0x1f, (byte) 0x8b, 8, 0}), "gzip"))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(RequestDecompression.TooLargeException.class);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
