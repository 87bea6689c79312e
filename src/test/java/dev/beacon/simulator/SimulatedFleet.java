package dev.beacon.simulator;

import dev.beacon.registry.ModelRuntime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Simulated models and HTTP calls to their servers, for the simulator's tests. */
public final class SimulatedFleet {

    public static final TrafficProfile BUSY = new TrafficProfile(120, 240, 800, 150, 150, 20, 32);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SimulatedFleet() {
    }

    /** A model on a free port with plenty of traffic. */
    public static SimulatedModel model(String name, ModelRuntime runtime, String servedModelName) {
        return new SimulatedModel(name, runtime, servedModelName, 0, 32768, 1024, 0.7, BUSY);
    }

    public static HttpResponse<String> get(Simulator simulator, String model, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(simulator.endpoint(model) + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static ExpositionSamples metrics(Simulator simulator, String model) {
        HttpResponse<String> response = get(simulator, model, "/metrics");
        if (response.statusCode() != 200) {
            throw new AssertionError("/metrics of " + model + " answered " + response.statusCode());
        }
        return ExpositionSamples.parse(response.body());
    }
}
