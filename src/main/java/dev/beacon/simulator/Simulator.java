package dev.beacon.simulator;

import dev.beacon.simulator.server.SimulatedServer;
import dev.beacon.simulator.traffic.ModelTraffic;
import dev.beacon.simulator.traffic.SimRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The simulated fleet: a server per model on 127.0.0.1, speaking its runtime's protocol, with numbers from
 * simulated traffic and degradations on a schedule or on demand. Time comes from the clock; the traffic moves
 * only when {@link #advanceTo} (or {@link #tick}) is called, so tests decide exactly what happens.
 */
public final class Simulator implements AutoCloseable {

    static final double USUAL_ACCURACY = 0.9;

    private final Clock clock;
    private final long seed;
    private final List<SimulatedModel> models;
    private final List<ScheduledDegradation> schedule;
    private final Map<String, AnswerAccuracy> accuracies;
    private final Map<String, ModelSimulation> running = new LinkedHashMap<>();

    /** @param seed makes the traffic repeatable: the same seed and clock give the same requests */
    public Simulator(List<SimulatedModel> models, List<ScheduledDegradation> schedule, Clock clock, long seed) {
        this(models, schedule, List.of(), clock, seed);
    }

    /**
     * @param accuracies how often each model answers chat questions right over time; a model left out answers
     *                   {@value #USUAL_ACCURACY} of them right
     */
    public Simulator(List<SimulatedModel> models, List<ScheduledDegradation> schedule, List<AnswerAccuracy> accuracies,
                     Clock clock, long seed) {
        Set<String> names = models.stream().map(SimulatedModel::name).collect(java.util.stream.Collectors.toSet());
        schedule.stream().filter(degradation -> !names.contains(degradation.model())).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("The degradation schedule names an unknown model: " + unknown.model());
        });
        this.models = List.copyOf(models);
        this.schedule = List.copyOf(schedule);
        this.accuracies = accuracies.stream().collect(java.util.stream.Collectors.toMap(AnswerAccuracy::model, accuracy -> accuracy));
        this.clock = clock;
        this.seed = seed;
    }

    /** Starts every server; one whose port is taken is left out, with one log line. Returns the models that run. */
    public synchronized List<SimulatedModel> start() {
        Instant now = clock.instant();
        for (SimulatedModel model : models) {
            Random random = new Random(seed ^ model.name().hashCode());
            SimulatedServer server = new SimulatedServer(model, clock, random);
            AnswerAccuracy accuracy = accuracies.getOrDefault(model.name(), AnswerAccuracy.constant(model.name(), USUAL_ACCURACY));
            ModelSimulation simulation = new ModelSimulation(model, schedule, accuracy, now, new ModelTraffic(model, random, now), server);
            if (simulation.activeAt(now).contains(Degradation.OUTAGE) || server.start()) {
                simulation.applyServerState(now);
                running.put(model.name(), simulation);
            }
        }
        return running();
    }

    public synchronized List<SimulatedModel> running() {
        return running.values().stream().map(ModelSimulation::model).toList();
    }

    /** Simulates every running model's traffic up to {@code now}. */
    public void advanceTo(Instant now) {
        for (ModelSimulation simulation : simulations()) {
            simulation.advanceTo(now);
        }
    }

    /** Simulates up to the clock's present. */
    public void tick() {
        advanceTo(clock.instant());
    }

    /** Degrades a model from now on for the duration, whatever the schedule says; its server reacts at once. */
    public void degrade(String model, Degradation kind, Duration duration) {
        ModelSimulation simulation = simulation(model);
        Instant now = clock.instant();
        simulation.degrade(kind, now, now.plus(duration));
        simulation.applyServerState(now);
    }

    /** The degradations that apply to the model right now. */
    public Set<Degradation> degradations(String model) {
        return simulation(model).activeAt(clock.instant());
    }

    /** The model's server's base URL, e.g. {@code http://127.0.0.1:18001}. */
    public String endpoint(String model) {
        return "http://127.0.0.1:" + simulation(model).server.port();
    }

    /** Requests of the model that its clients have not reported yet (models Beacon does not scrape). */
    List<SimRequest> takeReported(String model) {
        return simulation(model).traffic.takeReported();
    }

    @Override
    public void close() {
        simulations().forEach(simulation -> simulation.server.stop());
    }

    private synchronized List<ModelSimulation> simulations() {
        return new ArrayList<>(running.values());
    }

    private synchronized ModelSimulation simulation(String model) {
        ModelSimulation simulation = running.get(model);
        if (simulation == null) {
            throw new IllegalArgumentException("No simulated server runs for " + model);
        }
        return simulation;
    }
}
