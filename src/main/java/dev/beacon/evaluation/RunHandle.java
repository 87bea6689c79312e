package dev.beacon.evaluation;

import java.util.concurrent.CompletableFuture;

/**
 * A run executing (or queued) on this instance. Cancelling it does not interrupt threads — a thread interrupted inside
 * a database call would break its connection — it completes {@link #cancellation()}: the run stops waiting for the
 * calls in flight (they are abandoned; their answers are dropped) and starts no more.
 */
final class RunHandle {

    private final RunId run;
    private final CompletableFuture<Void> cancellation = new CompletableFuture<>();

    RunHandle(RunId run) {
        this.run = run;
    }

    RunId run() {
        return run;
    }

    void cancel() {
        cancellation.complete(null);
    }

    boolean cancelled() {
        return cancellation.isDone();
    }

    CompletableFuture<Void> cancellation() {
        return cancellation;
    }
}
