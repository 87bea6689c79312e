package dev.beacon.simulator;

/**
 * What a model's traffic looks like. The request rate follows the working day (UTC): it rises from
 * {@code quietRequestsPerMinute} at night to {@code peakRequestsPerMinute} in the afternoon and is lower at
 * weekends. Token counts and latencies are log-normal around the medians.
 *
 * @param timeToFirstTokenMsMedian prefill of a median prompt on an idle server
 * @param interTokenMsMedian       time per output token after the first on an idle server
 * @param maxConcurrency           requests the server runs at once; more wait in its queue
 */
public record TrafficProfile(double quietRequestsPerMinute, double peakRequestsPerMinute, int promptTokensMedian,
                             int outputTokensMedian, double timeToFirstTokenMsMedian, double interTokenMsMedian,
                             int maxConcurrency) {

    public TrafficProfile {
        if (quietRequestsPerMinute <= 0 || peakRequestsPerMinute < quietRequestsPerMinute) {
            throw new IllegalArgumentException("Rates must be positive and the peak at least the quiet rate");
        }
        if (promptTokensMedian < 1 || outputTokensMedian < 1 || maxConcurrency < 1) {
            throw new IllegalArgumentException("Token medians and concurrency must be at least 1");
        }
    }
}
