package dev.beacon.evaluation;

import java.math.BigDecimal;

/** The call settings a run used, as it recorded them when it started. */
public record RunSettings(BigDecimal temperature, int maxTokens, int concurrency, int timeoutSeconds, Integer sampleSize) {
}
