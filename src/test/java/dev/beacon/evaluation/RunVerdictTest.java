package dev.beacon.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunVerdictTest {

    @Test
    void accuracy_counts_only_the_cases_that_were_scored() {
        RunVerdict verdict = RunVerdict.of(6, 2, 2, "HTTP 500 from gpu-1:8000");

        assertThat(verdict.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(verdict.accuracy()).isEqualTo(0.75);
        assertThat(verdict.reason()).isNull();
    }

    @Test
    void exactly_half_errored_still_completes() {
        assertThat(RunVerdict.of(1, 0, 1, "Connection refused (a:1)").status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void more_than_half_errored_errors_the_run_naming_the_commonest_failure() {
        RunVerdict verdict = RunVerdict.of(3, 3, 14, "Connection refused (127.0.0.1:18004)");

        assertThat(verdict.status()).isEqualTo(RunStatus.ERRORED);
        assertThat(verdict.accuracy()).isNull();
        assertThat(verdict.reason()).isEqualTo("14 of 20 calls failed: connection refused (127.0.0.1:18004)");
        assertThat(RunVerdict.of(0, 0, 2, "HTTP 503 from x:1").reason()).isEqualTo("2 of 2 calls failed: HTTP 503 from x:1");
    }

    @Test
    void all_wrong_is_accuracy_zero_because_the_model_answered() {
        RunVerdict verdict = RunVerdict.of(0, 10, 0, null);

        assertThat(verdict.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(verdict.accuracy()).isZero();
    }
}
