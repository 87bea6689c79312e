package dev.beacon.shared.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the secret key comes from, and the clear start-up errors when it cannot be had. */
class SecretKeySourceTest {

    @TempDir
    Path dataDirectory;

    @Test
    void without_a_configured_key_one_is_generated_into_the_data_directory_with_0600_and_reused_on_the_next_start() throws Exception {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("beacon.database.embedded.data-directory", dataDirectory.toString());

        SecretKeySource.LoadedKey first = SecretKeyConfiguration.source(environment).load();
        SecretKeySource.LoadedKey second = SecretKeyConfiguration.source(environment).load();

        Path file = dataDirectory.resolve("secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32).isEqualTo(first.key());
        assertThat(second.key()).isEqualTo(first.key());
        assertThat(first.origin()).isEqualTo("the key file " + file.toAbsolutePath());
        try (var leftovers = Files.list(dataDirectory)) {
            assertThat(leftovers).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void a_key_file_others_may_read_is_refused_with_the_chmod_that_fixes_it() throws Exception {
        Path file = dataDirectory.resolve("secret.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(SecretBoxTest.key(3)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> new SecretKeySource("", file, false).load())
                .isInstanceOf(SecretKeyException.class)
                .hasMessageContaining("may be read or changed by other users (rw-r--r--)")
                .hasMessageContaining("chmod 600 " + file);
    }

    @Test
    void a_configured_key_wins_over_the_key_file_and_must_be_32_bytes_of_base64() {
        byte[] key = SecretBoxTest.key(4);
        var configured = new SecretKeySource(Base64.getEncoder().encodeToString(key), dataDirectory.resolve("secret.key"), false).load();

        assertThat(configured.key()).isEqualTo(key);
        assertThat(configured.origin()).isEqualTo("BEACON_SECRET_KEY");
        assertThat(dataDirectory.resolve("secret.key")).doesNotExist();
        assertThatThrownBy(() -> new SecretKeySource("too-short", null, false).load())
                .isInstanceOf(SecretKeyException.class)
                .hasMessageContaining("BEACON_SECRET_KEY is not a secret key")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new SecretKeySource("not base64 at all!", null, false).load())
                .hasMessageContaining("not base64");
    }

    @Test
    void an_external_database_without_a_key_or_key_file_refuses_to_start_and_says_what_to_set() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/beacon");

        assertThatThrownBy(() -> SecretKeyConfiguration.source(environment).load())
                .isInstanceOfSatisfying(SecretKeyException.class, e -> {
                    FailureAnalysis analysis = new SecretKeyFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("external database");
                    assertThat(analysis.getAction()).startsWith("Set BEACON_SECRET_KEY").contains("openssl rand -base64 32");
                });
    }

    @Test
    void an_ephemeral_test_database_gets_a_key_in_memory_only() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("beacon.database.embedded.ephemeral", "true")
                .withProperty("beacon.database.embedded.data-directory", dataDirectory.toString());

        assertThat(SecretKeyConfiguration.source(environment).load().key()).hasSize(32);
        assertThat(dataDirectory.resolve("secret.key")).doesNotExist();
    }
}
