package dev.beacon.simulator.traffic;

import dev.beacon.registry.ModelRuntime;
import dev.beacon.simulator.SimulatedModel;
import dev.beacon.simulator.TrafficProfile;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import static dev.beacon.simulator.traffic.RandomDraws.between;
import static dev.beacon.simulator.traffic.RandomDraws.exponential;
import static dev.beacon.simulator.traffic.RandomDraws.logNormal;
import static dev.beacon.simulator.traffic.RandomDraws.logNormalInt;
import static dev.beacon.simulator.traffic.RandomDraws.poisson;

/**
 * Draws a model's requests and gauges: log-normal prompt and output lengths, a time to first token made of
 * queueing (which grows with the load) and prefill (which grows with the prompt), inter-token latency that
 * slows down as the batch fills, and the latency that follows from them; a few timeouts and server errors,
 * and prompts longer than the context window. Degradations scale latency and errors.
 */
public final class RequestDraws {

    static final double BASE_ERROR_RATE = 0.004;
    /** Clients give up after this long. */
    static final double CLIENT_TIMEOUT_MS = 60_000;

    private final SimulatedModel model;
    private final TrafficProfile profile;
    private final Random random;

    public RequestDraws(SimulatedModel model, Random random) {
        this.model = model;
        this.profile = model.traffic();
        this.random = random;
    }

    /** How many requests finish within {@code seconds} from the instant. */
    public int count(Instant at, double seconds) {
        return poisson(random, DailyRhythm.requestsPerMinute(profile, at) / 60 * seconds);
    }

    public SimRequest draw(Instant finishedAt, Conditions conditions) {
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        int prompt = logNormalInt(random, profile.promptTokensMedian(), 0.75, 1, model.contextWindow() + model.contextWindow() / 20);
        if (conditions.unavailable() || conditions.loading() && model.runtime() != ModelRuntime.OLLAMA) {
            return failure(id, finishedAt, between(random, 1, 30), prompt, "unavailable");
        }
        if (prompt > model.contextWindow()) {
            return failure(id, finishedAt, between(random, 15, 60), prompt, "context_length_exceeded");
        }
        if (random.nextDouble() < conditions.errorShare()) {
            return random.nextDouble() < 0.6
                    ? failure(id, finishedAt, between(random, 3, 25), prompt, "rate_limited")
                    : failure(id, finishedAt, between(random, 200, 2_000), prompt, "server_error");
        }
        double utilization = utilization(finishedAt, conditions);
        double queue = queueMs(utilization, conditions);
        double coldLoad = conditions.loading() ? between(random, 4_000, 15_000) : 0;
        double prefill = logNormal(random, profile.timeToFirstTokenMsMedian(), 0.35)
                * Math.sqrt((double) prompt / profile.promptTokensMedian()) * conditions.latencyFactor();
        double ttft = queue + coldLoad + prefill;
        int output = logNormalInt(random, profile.outputTokensMedian(), 0.8, 1, model.maxOutputTokens());
        double interToken = logNormal(random, profile.interTokenMsMedian(), 0.18) * (1 + 0.35 * utilization)
                * conditions.latencyFactor();
        double latency = ttft + (output - 1) * interToken;
        if (latency > CLIENT_TIMEOUT_MS || random.nextDouble() < BASE_ERROR_RATE / 2) {
            int generated = (int) Math.max(0, Math.min(output, (CLIENT_TIMEOUT_MS - ttft) / interToken));
            return new SimRequest(id, finishedAt, CLIENT_TIMEOUT_MS, Math.min(ttft, CLIENT_TIMEOUT_MS),
                    Math.min(queue + coldLoad, CLIENT_TIMEOUT_MS), interToken, prompt,
                    generated, model.maxOutputTokens(), model.temperature(), false, "timeout");
        }
        if (random.nextDouble() < BASE_ERROR_RATE / 2) {
            return failure(id, finishedAt, ttft, prompt, "server_error");
        }
        return new SimRequest(id, finishedAt, latency, ttft, queue + coldLoad, interToken, prompt, output,
                model.maxOutputTokens(), model.temperature(), output == model.maxOutputTokens(), null);
    }

    /** The server's gauges: Little's law for the running requests, the excess waits; the KV cache follows. */
    public Load load(Instant at, Conditions conditions) {
        if (conditions.unavailable() || conditions.loading()) {
            return Load.IDLE;
        }
        double concurrency = concurrency(at, conditions);
        // requests in flight on a server with room for all of them: Poisson around the mean (M/G/∞)
        int running = Math.min(profile.maxConcurrency(), poisson(random, concurrency));
        int waiting = (int) Math.max(0, Math.round(concurrency - profile.maxConcurrency()))
                + (conditions.latencyFactor() > 1.5 ? poisson(random, 2 * conditions.latencyFactor()) : 0);
        double perRequest = profile.promptTokensMedian() + profile.outputTokensMedian() / 2.0;
        double capacity = profile.maxConcurrency() * (profile.promptTokensMedian() + profile.outputTokensMedian()) * 0.9;
        double kvCache = Math.min(0.99, running * perRequest / capacity + (conditions.latencyFactor() > 1.5 ? 0.15 : 0));
        int preemptions = kvCache > 0.92 ? poisson(random, 0.3) : 0;
        return new Load(running, waiting, kvCache, preemptions);
    }

    private double concurrency(Instant at, Conditions conditions) {
        double perSecond = DailyRhythm.requestsPerMinute(profile, at) / 60;
        double meanLatencySeconds = (profile.timeToFirstTokenMsMedian() + profile.outputTokensMedian() * profile.interTokenMsMedian())
                * conditions.latencyFactor() / 1000;
        return perSecond * meanLatencySeconds;
    }

    private double utilization(Instant at, Conditions conditions) {
        return Math.min(0.97, concurrency(at, conditions) / profile.maxConcurrency());
    }

    /** Waiting grows steeply as the server fills up, and much more so while it is degraded. */
    private double queueMs(double utilization, Conditions conditions) {
        double mean = 5 + 40 * utilization / (1 - utilization);
        return exponential(random, mean * conditions.latencyFactor() * conditions.latencyFactor());
    }

    private SimRequest failure(String id, Instant finishedAt, double latencyMs, int prompt, String errorType) {
        return new SimRequest(id, finishedAt, latencyMs, null, 0, 0, prompt, 0, model.maxOutputTokens(),
                model.temperature(), false, errorType);
    }
}
