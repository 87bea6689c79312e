package dev.beacon.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Executes runs in the background on this instance, at most {@code beacon.evaluation.max-parallel-runs} at once; the
 * others wait for a slot. Each run gets a {@link RunHandle} that cancels it. The instance's name is what
 * eval_run.running_on records.
 */
@Component
class RunExecutor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore slots;
    private final ConcurrentHashMap<RunId, RunHandle> active = new ConcurrentHashMap<>();
    private final String instance = "pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID().toString().substring(0, 8);

    RunExecutor(EvaluationProperties properties) {
        this.slots = new Semaphore(properties.maxParallelRuns(), true);
    }

    String instanceName() {
        return instance;
    }

    /** Queues the run; it starts when a slot is free, unless it was cancelled meanwhile. */
    void submit(RunId run, Consumer<RunHandle> work) {
        RunHandle handle = new RunHandle(run);
        active.put(run, handle);
        threads.submit(() -> {
            try {
                slots.acquire();
                try {
                    if (!handle.cancelled()) {
                        work.accept(handle);
                    }
                } finally {
                    slots.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Evaluation run {} failed: {}", run, e.toString(), e);
            } finally {
                active.remove(run);
            }
        });
    }

    /** The handle of a run queued or executing here; empty when it runs elsewhere or is over. */
    Optional<RunHandle> handle(RunId run) {
        return Optional.ofNullable(active.get(run));
    }

    /** The runs queued or executing on this instance. */
    Set<RunId> active() {
        return Set.copyOf(active.keySet());
    }

    @Override
    public void destroy() {
        active.values().forEach(RunHandle::cancel);
        threads.shutdownNow();
    }
}
