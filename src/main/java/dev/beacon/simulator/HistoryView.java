package dev.beacon.simulator;

import dev.beacon.registry.ModelRuntime;
import dev.beacon.simulator.traffic.SimRequest;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;

import java.util.Map;
import java.util.TreeMap;

/**
 * What Beacon would have learnt from a sample of requests through the model's feed, and nothing more: a scraped
 * vLLM server tells latencies, tokens and its finish reasons but never sees requests refused before its engine;
 * TGI has no time to first token; llama.cpp counts tokens, not requests; clients report every request with their
 * own error types. Each sampled request stands for {@code weight} requests.
 */
final class HistoryView {

    private final ModelRuntime runtime;
    private final int contextWindow;
    private double requests;
    private double inputTokens;
    private double outputTokens;
    private final Map<String, Double> errors = new TreeMap<>();

    HistoryView(SimulatedModel model) {
        this.runtime = model.runtime();
        this.contextWindow = model.contextWindow();
    }

    void add(Aggregate aggregate, SimRequest request, double weight) {
        if (!seen(request)) {
            return;
        }
        inputTokens += weight * request.promptTokens();
        outputTokens += weight * request.outputTokens();
        boolean clients = Feed.of(runtime) != Feed.SCRAPE;
        if (runtime == ModelRuntime.LLAMA_CPP) {
            if (request.decodeMs() > 0) {
                aggregate.add(Distribution.GENERATION_SPEED, request.outputTokens() / (request.decodeMs() / 1000), weight);
            }
            return;
        }
        requests += weight;
        String errorType = errorType(request);
        if (errorType != null) {
            errors.merge(errorType, weight, Double::sum);
        }
        aggregate.add(Distribution.LATENCY, request.latencyMs(), weight);
        aggregate.add(Distribution.CONTEXT_USE, (double) request.promptTokens() / contextWindow, weight);
        if (request.ttftMs() != null && runtime != ModelRuntime.TGI && Feed.of(runtime) != Feed.SPANS) {
            aggregate.add(Distribution.TTFT, request.ttftMs(), weight);
        }
        if (request.outputTokens() > 1 && request.ttftMs() != null && Feed.of(runtime) != Feed.SPANS) {
            aggregate.add(Distribution.ITL, clients ? request.decodeMs() / (request.outputTokens() - 1) : request.interTokenMs(), weight);
        }
        if (request.outputTokens() > 0 && request.latencyMs() > 0) {
            aggregate.add(Distribution.GENERATION_SPEED, clients ? request.outputTokens() / (request.latencyMs() / 1000)
                    : 1000 / Math.max(1, request.interTokenMs()), weight);
        }
        if (!clients) {
            aggregate.add(Distribution.QUEUE_TIME, request.queueMs(), weight);
        }
    }

    /** Adds the counts, rounded to whole requests and tokens. */
    void addCountsTo(Aggregate aggregate) {
        aggregate.addRequestCounts(Math.round(requests), 0);
        errors.forEach((type, count) -> aggregate.addErrors(type, Math.round(count)));
        aggregate.addTokens(Math.round(inputTokens), Math.round(outputTokens));
    }

    private boolean seen(SimRequest request) {
        String error = request.errorType() == null ? "" : request.errorType();
        return switch (runtime) {
            case VLLM -> !error.equals("rate_limited") && !error.equals("context_length_exceeded") && !error.equals("unavailable");
            case TGI -> !error.equals("unavailable");
            case LLAMA_CPP -> request.ttftMs() != null;
            default -> true;
        };
    }

    /** The error type as the feed names it (the scrape mappings' names for scraped servers). */
    private String errorType(SimRequest request) {
        if (request.errorType() == null) {
            return null;
        }
        return switch (runtime) {
            case VLLM -> request.errorType().equals("timeout") ? "aborted" : "server_error";
            case TGI -> switch (request.errorType()) {
                case "rate_limited" -> "overloaded";
                case "context_length_exceeded" -> "validation";
                case "timeout" -> "incomplete_generation";
                default -> "generation";
            };
            default -> request.errorType();
        };
    }
}
