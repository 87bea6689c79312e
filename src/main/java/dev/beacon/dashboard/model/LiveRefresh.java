package dev.beacon.dashboard.model;

import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the refreshes of open dashboards: one timer thread for all of them hands each turn to a virtual
 * thread, which reads the data (waiting for the database there, never on a UI thread) and then pushes it
 * to the browser with {@code ui.access}. A refresh that is still running when its next turn comes skips
 * that turn, so a slow database never piles up work.
 */
@Component
class LiveRefresh implements DisposableBean {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("dashboard-refresh-timer").daemon().factory());
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();

    /** Runs the task every period, first after one period, until the registration is removed. */
    Registration every(Duration period, Runnable task) {
        AtomicBoolean running = new AtomicBoolean();
        ScheduledFuture<?> turns = timer.scheduleAtFixedRate(() -> {
            if (running.compareAndSet(false, true)) {
                work.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        running.set(false);
                    }
                });
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return () -> turns.cancel(false);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        work.shutdownNow();
    }
}
