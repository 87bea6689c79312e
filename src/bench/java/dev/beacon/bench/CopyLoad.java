package dev.beacon.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The baseline: the same batches written straight into request_event with PostgreSQL's COPY (pgjdbc's
 * CopyManager), as many concurrent connections as REST clients, one COPY and one commit per batch — the same
 * durability (fsync, synchronous commit) and the same table, partitions and index as the REST path.
 */
final class CopyLoad {

    /** The two formats of COPY data. */
    enum Format {
        TEXT("copy request_event (" + EventText.COPY_COLUMNS + ") from stdin"),
        BINARY("copy request_event (" + EventText.COPY_COLUMNS + ") from stdin (format binary)");

        final String statement;

        Format(String statement) {
            this.statement = statement;
        }

        byte[] data(BatchTemplate batch) {
            return this == TEXT ? batch.copy() : batch.binary();
        }
    }

    record Outcome(long rows, long elapsedNanos) {
        double rowsPerSecond() {
            return rows / (elapsedNanos / 1e9);
        }
    }

    /** A new connection to Beacon's database. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private CopyLoad() {
    }

    /** Copies, per client, the batches with the given sequence numbers. */
    static Outcome replay(Connections connections, LoadClients clients, List<List<Long>> sequences, Format format) throws Exception {
        AtomicLong rows = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Connection> open = new ArrayList<>();
        for (int c = 0; c < clients.clients(); c++) {
            open.add(connections.open());
        }
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        AtomicLong end = new AtomicLong(start);
        for (int c = 0; c < clients.clients(); c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("copy-client-" + c).start(() -> {
                try {
                    CopyManager copy = open.get(client).unwrap(PGConnection.class).getCopyAPI();
                    for (long sequence : sequences.get(client)) {
                        rows.addAndGet(copy.copyIn(format.statement, new ByteArrayInputStream(format.data(clients.batch(client, sequence)))));
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
                end.accumulateAndGet(System.nanoTime(), Math::max);
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (Connection connection : open) {
            connection.close();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Outcome(rows.get(), end.get() - start);
    }
}
