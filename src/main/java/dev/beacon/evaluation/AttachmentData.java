package dev.beacon.evaluation;

import dev.beacon.shared.ModelId;

import java.math.BigDecimal;

/**
 * How a suite runs on one model: when (null = only when someone presses Run now), on how many cases, and with which
 * call settings. The service checks the ranges and names the field that is out of them.
 *
 * @param sampleSize     how many random cases each run takes; null = all cases
 * @param temperature    0–2, two decimals
 * @param maxTokens      the answer's token limit, 1–{@value #MAX_TOKENS}
 * @param concurrency    calls at once, 1–{@value #MAX_CONCURRENCY}
 * @param timeoutSeconds the limit of one call, 1–{@value #MAX_TIMEOUT_SECONDS}
 * @param enabled        whether the schedule runs; Run now works either way
 */
public record AttachmentData(ModelId model, RunSchedule schedule, Integer sampleSize, BigDecimal temperature,
                             int maxTokens, int concurrency, int timeoutSeconds, boolean enabled) {

    public static final int MAX_SAMPLE_SIZE = 5000;
    public static final int MAX_TOKENS = 32_768;
    public static final int MAX_CONCURRENCY = 16;
    public static final int MAX_TIMEOUT_SECONDS = 600;
    public static final BigDecimal MAX_TEMPERATURE = new BigDecimal("2.00");

    /** The temperature without trailing zeros, so 0.2 as typed and 0.20 as stored are the same settings. */
    public AttachmentData {
        if (temperature != null) {
            temperature = temperature.signum() == 0 ? BigDecimal.ZERO : temperature.stripTrailingZeros();
        }
    }

    /** Beacon's defaults: manual only, all cases, temperature 0, 256 tokens, 2 at once, 30 s per call. */
    public static AttachmentData defaults(ModelId model) {
        return new AttachmentData(model, null, null, BigDecimal.ZERO, 256, 2, 30, true);
    }

    /** The settings a run records (jsonb eval_run.settings). */
    public RunSettings settings() {
        return new RunSettings(temperature, maxTokens, concurrency, timeoutSeconds, sampleSize);
    }
}
