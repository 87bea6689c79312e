package dev.beacon;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs two pieces of work in two threads, each in its own database transaction, interleaved so that a
 * check-then-act race shows every time instead of now and then: the first does its work and keeps its
 * transaction open until the second has either done its work as well or is waiting for a lock that the
 * first holds; only then does the first commit, and the second after it.
 * <p>
 * Without locks both checks see the state from before either change (PostgreSQL's read committed),
 * so both changes pass and commit. With a row lock taken before the check, the second waits until the
 * first has committed and then checks the state the first left. No timing is involved: the helper
 * looks at {@code pg_locks} to see that the second is waiting.
 */
public final class InterleavedTransactions {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TransactionTemplate transactions;
    private final DSLContext db;

    public InterleavedTransactions(PlatformTransactionManager transactionManager, DSLContext db) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.db = db;
    }

    /** What each piece of work threw, or null where it succeeded (and committed). */
    public record Outcomes(Throwable first, Throwable second) {
    }

    public Outcomes run(Runnable first, Runnable second) throws Exception {
        CountDownLatch firstDidItsWork = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        AtomicInteger secondBackend = new AtomicInteger();
        AtomicBoolean secondDidItsWork = new AtomicBoolean();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<Throwable> firstOutcome = threads.submit(() -> outcomeOf(() -> transactions.executeWithoutResult(status -> {
                try {
                    first.run();
                } finally {
                    firstDidItsWork.countDown();
                    awaitDoneOrWaiting(secondStarted, secondBackend, secondDidItsWork);
                }
            })));
            Future<Throwable> secondOutcome = threads.submit(() -> {
                await(firstDidItsWork);
                return outcomeOf(() -> transactions.executeWithoutResult(status -> {
                    secondBackend.set(db.fetchValue(DSL.field("pg_backend_pid()", Integer.class)));
                    secondStarted.countDown();
                    try {
                        second.run();
                    } finally {
                        secondDidItsWork.set(true);
                    }
                }));
            });
            return new Outcomes(firstOutcome.get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS),
                    secondOutcome.get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS));
        }
    }

    private void awaitDoneOrWaiting(CountDownLatch secondStarted, AtomicInteger secondBackend, AtomicBoolean secondDidItsWork) {
        await(secondStarted);
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        while (!secondDidItsWork.get() && !waitsForLock(secondBackend.get())) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("The second transaction neither finished nor waited for a lock");
            }
            pause();
        }
    }

    private boolean waitsForLock(int backend) {
        return (Boolean) db.fetchValue("select exists (select 1 from pg_locks where pid = ? and not granted)", backend);
    }

    /** A short pause between two looks at pg_locks, so the look does not crowd out the work it waits for. */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("The other transaction did not get going");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Throwable outcomeOf(Runnable work) {
        try {
            work.run();
            return null;
        } catch (RuntimeException | Error e) {
            return e;
        }
    }
}
