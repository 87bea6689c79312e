package dev.beacon.simulator;

import dev.beacon.simulator.server.ChatState;
import dev.beacon.simulator.server.SimulatedServer;
import dev.beacon.simulator.traffic.Conditions;
import dev.beacon.simulator.traffic.ModelTraffic;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One model of the fleet: its server, its traffic, and the degradations that apply to it. */
final class ModelSimulation {

    private record Window(Instant from, Instant until) {

        boolean contains(Instant at) {
            return !at.isBefore(from) && at.isBefore(until);
        }
    }

    private final SimulatedModel model;
    private final List<ScheduledDegradation> schedule;
    private final Map<Degradation, Window> onDemand = new EnumMap<>(Degradation.class);
    private final Instant started;
    final ModelTraffic traffic;
    final SimulatedServer server;

    ModelSimulation(SimulatedModel model, List<ScheduledDegradation> schedule, AnswerAccuracy accuracy, Instant started,
                    ModelTraffic traffic, SimulatedServer server) {
        this.model = model;
        this.schedule = schedule.stream().filter(degradation -> degradation.model().equals(model.name())).toList();
        this.started = started;
        this.traffic = traffic;
        this.server = server;
        server.setChatState(now -> {
            Set<Degradation> active = activeAt(now);
            return new ChatState(accuracy.at(Duration.between(started, now)),
                    active.contains(Degradation.LATENCY_SPIKE) ? 4 : 1, active.contains(Degradation.ERROR_BURST));
        });
    }

    SimulatedModel model() {
        return model;
    }

    synchronized void degrade(Degradation kind, Instant from, Instant until) {
        onDemand.put(kind, new Window(from, until));
    }

    synchronized Set<Degradation> activeAt(Instant at) {
        Set<Degradation> active = EnumSet.noneOf(Degradation.class);
        schedule.stream().filter(degradation -> degradation.activeAt(at, started)).forEach(degradation -> active.add(degradation.kind()));
        onDemand.forEach((kind, window) -> {
            if (window.contains(at)) {
                active.add(kind);
            }
        });
        return active;
    }

    /** Puts the server in the state of the moment (down, loading, up) and simulates the traffic up to it. */
    void advanceTo(Instant now) {
        applyServerState(now);
        traffic.advanceTo(now, this::conditionsAt, server);
    }

    void applyServerState(Instant now) {
        Set<Degradation> active = activeAt(now);
        if (active.contains(Degradation.OUTAGE)) {
            server.stop();
        } else if (!server.running()) {
            server.start();
        }
        server.setLoading(active.contains(Degradation.LOADING));
    }

    private Conditions conditionsAt(Instant at) {
        Map<Degradation, Double> strengths = new EnumMap<>(Degradation.class);
        activeAt(at).forEach(kind -> strengths.put(kind, 1.0));
        return Conditions.of(strengths);
    }
}
