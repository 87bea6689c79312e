package dev.beacon.bench;

import dev.beacon.bench.BenchTeam.BenchModel;

import java.util.SplittableRandom;

/**
 * One generated request to a model, with figures shaped like real LLM traffic: log-normal token counts, time to
 * first token and time per output token (so latency grows with the answer), 85 % streamed (with a time to first
 * token), 2 % errors of the usual kinds. Times are rounded to 0.1 ms, so the JSON and the COPY text of an event
 * carry the very same values.
 *
 * @param ttftMs    null when the request was not streamed
 * @param errorType null when it succeeded
 */
record SyntheticRequest(BenchModel model, long atMillis, float latencyMs, Float ttftMs, int inputTokens, int outputTokens,
                        String errorType) {

    private static final String[] ERROR_TYPES = {"timeout", "timeout", "timeout", "timeout", "rate_limited", "rate_limited",
            "rate_limited", "server_error", "server_error", "context_length_exceeded"};

    static SyntheticRequest next(SplittableRandom random, BenchModel model, long atMillis) {
        int output = (int) Math.clamp(Math.round(Math.exp(Math.log(180) + 0.8 * gaussian(random))), 1, 4_000);
        int input = (int) Math.clamp(Math.round(Math.exp(Math.log(700) + 1.0 * gaussian(random))), 1, model.contextWindow());
        double ttft = Math.exp(Math.log(120 * model.speed()) + 0.5 * gaussian(random));
        double perToken = Math.exp(Math.log(22 * model.speed()) + 0.25 * gaussian(random));
        float latency = tenths(ttft + (output - 1) * perToken);
        Float firstToken = random.nextInt(100) < 85 ? tenths(ttft) : null;
        String error = random.nextInt(100) < 2 ? ERROR_TYPES[random.nextInt(ERROR_TYPES.length)] : null;
        return new SyntheticRequest(model, atMillis, latency, firstToken, input, output, error);
    }

    private static float tenths(double ms) {
        return Math.round(ms * 10) / 10f;
    }

    private static double gaussian(SplittableRandom random) {
        return random.nextGaussian();
    }
}
