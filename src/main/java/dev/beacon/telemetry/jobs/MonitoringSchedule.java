package dev.beacon.telemetry.jobs;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.telemetry.internal.JooqTargetLocks;
import dev.beacon.telemetry.probe.ProbeService;
import dev.beacon.telemetry.scrape.ScrapeService;
import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scrapes and probes every monitored model once per its interval, across all instances: each target
 * ("scrape-" or "probe-" + model id) has its own ShedLock lock, held for at least the interval minus
 * {@link #MARGIN}, so whichever instance takes it, the next run anywhere comes an interval later. Every
 * tick, each instance tries the targets whose lock is free, after a random pause shorter than a tick that
 * spreads the targets over the instances. Calls run on virtual threads, so a slow server delays nobody.
 * See docs/design-decisions/0011-one-instance-at-a-time.md.
 */
@Component
@ConditionalOnProperty(name = "beacon.background-jobs.enabled", havingValue = "true", matchIfMissing = true)
class MonitoringSchedule {

    static final long TICK_MILLIS = 500;
    static final Duration TICK = Duration.ofMillis(TICK_MILLIS);
    /** A lock ends this much before the interval does, so the tick after it (at most TICK later) is on time. */
    static final Duration MARGIN = TICK;
    private static final Duration LONGEST_CALL = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(MonitoringSchedule.class);

    private final ModelDirectory directory;
    private final ScrapeService scrapes;
    private final ProbeService probes;
    private final JooqTargetLocks locks;
    private final LockingTaskExecutor executor;
    private final Clock clock;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    MonitoringSchedule(ModelDirectory directory, ScrapeService scrapes, ProbeService probes, JooqTargetLocks locks,
                       LockProvider lockProvider, Clock clock) {
        this.directory = directory;
        this.scrapes = scrapes;
        this.probes = probes;
        this.locks = locks;
        this.executor = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    @Scheduled(fixedRate = TICK_MILLIS, initialDelayString = "${beacon.monitoring.initial-delay:10s}")
    void tick() {
        Set<String> held = locks.heldWithPrefix("scrape-", "probe-");
        for (ModelEntry model : directory.monitored()) {
            if (model.scrapeEnabled()) {
                start("scrape-" + model.id(), model.scrapeIntervalSeconds(), model.scrapeTimeoutSeconds(), held,
                        () -> scrapes.scrape(model));
            }
            if (model.probeEnabled()) {
                start("probe-" + model.id(), model.probeIntervalSeconds(), model.probeTimeoutSeconds(), held,
                        () -> probes.probe(model));
            }
        }
    }

    private void start(String target, int intervalSeconds, int timeoutSeconds, Set<String> held, Runnable work) {
        if (held.contains(target) || !running.add(target)) {
            return;
        }
        Duration atLeast = Duration.ofSeconds(intervalSeconds).minus(MARGIN);
        Duration atMost = max(atLeast, Duration.ofSeconds(timeoutSeconds).plus(LONGEST_CALL));
        threads.execute(() -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(TICK_MILLIS));
                executor.executeWithLock(work, new LockConfiguration(clock.instant(), target, atMost, atLeast));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("{} failed", target, e);
            } finally {
                running.remove(target);
            }
        });
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
