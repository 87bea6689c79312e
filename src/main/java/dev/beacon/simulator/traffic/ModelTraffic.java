package dev.beacon.simulator.traffic;

import dev.beacon.simulator.Feed;
import dev.beacon.simulator.SimulatedModel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The traffic of one model, second by second: requests finish, the server counts those it handled, and for
 * models that clients report on (no Prometheus metrics) every request also goes to the clients' outbox.
 */
public final class ModelTraffic {

    /** After a longer gap (a suspended laptop, a test clock that jumped) the simulation skips ahead. */
    static final Duration LONGEST_CATCH_UP = Duration.ofMinutes(10);
    static final int OUTBOX_LIMIT = 50_000;

    private final RequestDraws draws;
    private final Random random;
    private final boolean reportedByClients;
    private final Deque<SimRequest> outbox = new ArrayDeque<>();
    private Instant simulatedUntil;

    public ModelTraffic(SimulatedModel model, Random random, Instant start) {
        this.draws = new RequestDraws(model, random);
        this.random = random;
        this.reportedByClients = model.feed() != Feed.SCRAPE;
        this.simulatedUntil = start;
    }

    /** Simulates every whole second up to {@code now}. */
    public synchronized void advanceTo(Instant now, Function<Instant, Conditions> conditionsAt, TrafficSink server) {
        if (Duration.between(simulatedUntil, now).compareTo(LONGEST_CATCH_UP) > 0) {
            simulatedUntil = now.minus(LONGEST_CATCH_UP);
        }
        while (!simulatedUntil.plusSeconds(1).isAfter(now)) {
            Instant second = simulatedUntil;
            Conditions conditions = conditionsAt.apply(second);
            int count = draws.count(second, 1);
            for (int i = 0; i < count; i++) {
                SimRequest request = draws.draw(second.plusMillis(random.nextInt(1_000)), conditions);
                if (!"unavailable".equals(request.errorType())) {
                    server.record(request);
                }
                if (reportedByClients) {
                    report(request);
                }
            }
            server.observe(draws.load(second, conditions), second);
            simulatedUntil = second.plusSeconds(1);
        }
    }

    /** The requests clients have not reported yet, oldest first; they leave the outbox. */
    public synchronized List<SimRequest> takeReported() {
        List<SimRequest> taken = new ArrayList<>(outbox);
        outbox.clear();
        return taken;
    }

    private void report(SimRequest request) {
        if (outbox.size() == OUTBOX_LIMIT) {
            outbox.removeFirst();
        }
        outbox.addLast(request);
    }
}
