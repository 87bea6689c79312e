package dev.beacon.shared.secrets;

import dev.beacon.ExtraInstance;
import dev.beacon.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

import javax.sql.DataSource;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A Beacon started with another secret key than its database's secrets were sealed with refuses to start, clearly. */
@IntegrationTest
class SecretKeyMismatchTest {

    @Autowired
    DataSource dataSource;

    @Test
    void a_second_instance_with_a_different_beacon_secret_key_stops_with_a_message_instead_of_reading_garbage() {
        String otherKey = Base64.getEncoder().encodeToString(SecretBoxTest.key(7));

        Throwable failure = catchThrowable(() -> ExtraInstance.start(dataSource, "--beacon.secret-key=" + otherKey).close());

        assertThat(failure).as("the instance must not start").isNotNull();
        FailureAnalysis analysis = new SecretKeyFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("shown as the operator's sentence, not a stack trace").isNotNull();
        assertThat(analysis.getDescription()).startsWith(
                "The secret key from BEACON_SECRET_KEY does not match the key Beacon's stored secrets were encrypted with");
        assertThat(analysis.getAction()).contains("the key it used before").contains("DELETE FROM model_credential");
        assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(otherKey);
    }
}
