package dev.beacon.evaluation;

import dev.beacon.evaluation.internal.JooqRunRepository;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.ingest.IngestionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Keeps runs honest over time: this instance's runs say they are alive (heartbeat), runs of a stopped instance are
 * closed as ERRORED "Beacon stopped during the run", and answers are forgotten with the team's raw telemetry (its raw
 * retention, as telemetry applies it to request events and scores): answers are what the model said to the team's
 * prompts, just as sensitive.
 */
@Component
class RunHousekeeping implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunHousekeeping.class);

    private final JooqRunRepository runs;
    private final RunExecutor executor;
    private final IngestionService ingestion;
    private final EvaluationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RunHousekeeping(JooqRunRepository runs, RunExecutor executor, IngestionService ingestion,
                    EvaluationProperties properties, TransactionTemplate transactions, Clock clock) {
        this.runs = runs;
        this.executor = executor;
        this.ingestion = ingestion;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Touches this instance's runs; a run that is no longer RUNNING (cancelled from another instance) is stopped here. */
    void heartbeat() {
        Set<RunId> active = executor.active();
        Set<RunId> alive = transactions.execute(status -> runs.heartbeat(active, clock.instant()));
        active.stream().filter(run -> !alive.contains(run))
                .forEach(run -> executor.handle(run).ifPresent(RunHandle::cancel));
    }

    /**
     * When this instance shuts down, its runs end as ERRORED "Beacon stopped during the run" at once rather than after
     * {@code stale-after}. (Spring destroys this bean before the {@link RunExecutor} it uses, which then abandons them.)
     */
    @Override
    public void destroy() {
        try {
            transactions.execute(status -> runs.closeStopped(executor.active(), clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Could not close this instance's evaluation runs at shutdown: {}", e.toString());
        }
    }

    /** Closes the RUNNING runs nobody has been heard of for {@code beacon.evaluation.stale-after}; answers them. */
    List<RunId> closeStaleRuns() {
        Instant now = clock.instant();
        List<RunId> closed = transactions.execute(status -> runs.closeStale(now.minus(properties.staleAfter()), now));
        if (!closed.isEmpty()) {
            log.warn("Closed {} evaluation run(s) of a stopped Beacon instance as errored: {}", closed.size(), closed);
        }
        return closed;
    }

    /** Forgets the answers of runs that finished before their team's raw telemetry retention; answers how many. */
    int forgetOldAnswers() {
        int forgotten = 0;
        for (TeamId team : runs.teamsWithRuns()) {
            Instant cutoff = clock.instant().minus(ingestion.timeWindow(team).retention());
            forgotten += transactions.execute(status -> runs.forgetAnswers(team, cutoff));
        }
        if (forgotten > 0) {
            log.info("Telemetry retention forgot {} evaluation answer(s)", forgotten);
        }
        return forgotten;
    }
}
