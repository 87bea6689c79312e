package dev.beacon.demo;

import dev.beacon.shared.TeamId;
import dev.beacon.simulator.Feed;
import dev.beacon.simulator.ScheduledDegradation;
import dev.beacon.simulator.ScoreFeed;
import dev.beacon.simulator.SimulatedModel;
import dev.beacon.simulator.Simulator;
import dev.beacon.simulator.TrafficGenerator;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts the demo's simulated fleet once Beacon is ready: a server per demo model on 127.0.0.1, their traffic
 * second by second, the clients that report the traffic of Ollama and OpenAI-compatible models to Beacon's own
 * port, accuracy scores, and — in the background — 30 days of history for models that have none.
 */
@Component
@Profile("demo")
class DemoFleet {

    private static final Logger log = LoggerFactory.getLogger(DemoFleet.class);

    private final DemoFleetSettings settings;
    private final DemoFleetMembers members;
    private final DemoIngestionKeys keys;
    private final DemoHistory history;
    private final DemoEvaluations evaluations;
    private final Clock clock;
    private ScheduledExecutorService executor;
    private Simulator simulator;

    DemoFleet(DemoFleetSettings settings, DemoFleetMembers members, DemoIngestionKeys keys, DemoHistory history,
              DemoEvaluations evaluations, Clock clock) {
        this.settings = settings;
        this.members = members;
        this.keys = keys;
        this.history = history;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        if (!settings.enabled()) {
            return;
        }
        try {
            start(event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080"));
        } catch (RuntimeException failure) {
            log.warn("The simulated fleet did not start; Beacon runs without it", failure);
        }
    }

    private void start(String beaconPort) {
        Instant now = clock.instant();
        List<FleetMember> fleet = members.find(settings.basePort());
        Set<String> names = fleet.stream().map(FleetMember::name).collect(Collectors.toSet());
        List<ScheduledDegradation> schedule = settings.degradations().stream().filter(degradation -> names.contains(degradation.model())).toList();
        settings.degradations().stream().filter(degradation -> !names.contains(degradation.model())).forEach(degradation ->
                log.warn("The simulated fleet runs no model {}; its scheduled {} is left out", degradation.model(), degradation.kind()));
        simulator = new Simulator(fleet.stream().map(FleetMember::simulated).toList(), schedule, DemoFleetPlan.ACCURACY, clock,
                now.toEpochMilli());
        List<SimulatedModel> running = simulator.start();
        TrafficGenerator generator = new TrafficGenerator(simulator, "http://127.0.0.1:" + beaconPort, keysFor(fleet, running),
                DemoFleetPlan.scores(), clock);
        // two threads: a slow answer from Beacon must not hold up the simulation's clock
        executor = Executors.newScheduledThreadPool(2, Thread.ofPlatform().daemon().name("demo-fleet-", 1).factory());
        executor.scheduleAtFixedRate(quietly("simulate", simulator::tick), 1, 1, TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(quietly("report", generator::flush), settings.reportEvery().toMillis(),
                settings.reportEvery().toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(quietly("score", generator::sendScores), 20_000, settings.scoreEvery().toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Simulated fleet: {} model servers on 127.0.0.1, ports {}–{}; degradations: {}", running.size(),
                settings.basePort(), settings.basePort() + DemoCatalog.MODELS.size() - 1,
                schedule.stream().map(DemoFleet::describe).collect(Collectors.joining("; ")));
        // the servers answer now: the demo suite's first results should not wait for its schedule
        executor.execute(quietly("run the demo suite", () -> log.info("Started {} demo evaluation runs", evaluations.runOnceNow())));
        if (settings.history()) {
            Thread.ofPlatform().daemon().name("demo-history").start(quietly("history", () -> history.backfillMissing(fleet, now)));
        }
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    /** A key per team whose models' clients report to Beacon (and whose models get scores). */
    private Map<String, String> keysFor(List<FleetMember> fleet, List<SimulatedModel> running) {
        Set<String> reported = running.stream().filter(model -> model.feed() != Feed.SCRAPE).map(SimulatedModel::name)
                .collect(Collectors.toSet());
        DemoFleetPlan.scores().stream().map(ScoreFeed::model).forEach(reported::add);
        Map<String, String> secretsByTeam = new HashMap<>();
        Map<String, String> secretsByModel = new HashMap<>();
        for (FleetMember member : fleet) {
            if (reported.contains(member.name())) {
                if (!secretsByTeam.containsKey(member.team())) {
                    secretsByTeam.put(member.team(), renew(member.entry().team(), member.team()));
                }
                String secret = secretsByTeam.get(member.team());
                if (secret != null) {
                    secretsByModel.put(member.name(), secret);
                }
            }
        }
        return secretsByModel;
    }

    private String renew(TeamId team, String name) {
        try {
            return keys.renew(team, name);
        } catch (RuntimeException refused) {
            log.warn("No ingestion key for the simulated clients of team {} ({}); its Ollama and OpenAI-compatible models get no live data",
                    name, refused.getMessage());
            return null;
        }
    }

    private static String describe(ScheduledDegradation degradation) {
        String when = degradation.every() == null ? "once " + degradation.offset().toMinutes() + " min after start"
                : "every " + degradation.every().toMinutes() + " min from :" + String.format("%02d", degradation.offset().toMinutes());
        return degradation.model() + " " + degradation.kind().name().toLowerCase().replace('_', ' ') + " " + when
                + " for " + degradation.duration().toMinutes() + " min";
    }

    private static Runnable quietly(String what, Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException failure) {
                log.warn("The simulated fleet could not {}: {}", what, failure.toString());
            }
        };
    }
}
