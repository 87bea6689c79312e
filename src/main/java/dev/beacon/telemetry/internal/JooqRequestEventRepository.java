package dev.beacon.telemetry.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes raw request events. A batch is one binary COPY — the fastest way into PostgreSQL — inside a savepoint.
 * Should the batch repeat events stored before (a client retried a batch whose answer it lost), the unique
 * index refuses the COPY; the batch then goes again as one INSERT … SELECT FROM unnest(arrays) … ON CONFLICT
 * DO NOTHING, which drops those events. Retries are rare, so almost every batch takes the fast way.
 * Call it in a transaction.
 */
@Repository
public class JooqRequestEventRepository {

    private static final String INSERT = """
            insert into request_event (team_id, model_id, occurred_at, latency_ms, ttft_ms, input_tokens, output_tokens,
                                       error_type, temperature, max_tokens, client_event_id, source)
            select * from unnest({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11})
            on conflict (model_id, occurred_at, client_event_id, team_id) do nothing""";

    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext db;

    JooqRequestEventRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores the events and returns those that were new (all of them, unless some were stored before). */
    public List<RequestEventRow> insert(List<RequestEventRow> events, String source) {
        byte[] copy = RequestEventCopy.encode(events, source);
        // Events without a client event id never conflict (NULLs are distinct): no savepoint needed.
        boolean mayRepeat = events.stream().anyMatch(event -> event.clientEventId() != null);
        boolean copied = db.connectionResult(connection -> {
            Savepoint savepoint = mayRepeat ? connection.setSavepoint() : null;
            try {
                BinaryCopy.copy(connection, RequestEventCopy.STATEMENT, copy);
            } catch (SQLException e) {
                if (savepoint == null || !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                return false;
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return true;
        });
        return copied ? events : insertNew(events, source);
    }

    /** The slow way, for batches that repeat stored events: skips those and returns the others. */
    private List<RequestEventRow> insertNew(List<RequestEventRow> events, String source) {
        int n = events.size();
        UUID[] teams = new UUID[n];
        UUID[] models = new UUID[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        Float[] latencies = new Float[n];
        Float[] ttfts = new Float[n];
        Integer[] inputs = new Integer[n];
        Integer[] outputs = new Integer[n];
        String[] errorTypes = new String[n];
        Float[] temperatures = new Float[n];
        Integer[] maxTokens = new Integer[n];
        String[] clientIds = new String[n];
        String[] sources = new String[n];
        boolean anyClientId = false;
        for (int i = 0; i < n; i++) {
            RequestEventRow event = events.get(i);
            teams[i] = event.team().value();
            models[i] = event.model().value();
            times[i] = event.occurredAt().atOffset(ZoneOffset.UTC);
            latencies[i] = event.latencyMs();
            ttfts[i] = event.ttftMs();
            inputs[i] = event.inputTokens();
            outputs[i] = event.outputTokens();
            errorTypes[i] = event.errorType();
            temperatures[i] = event.temperature();
            maxTokens[i] = event.maxTokens();
            clientIds[i] = event.clientEventId();
            sources[i] = source;
            anyClientId |= event.clientEventId() != null;
        }
        Object[] columns = {
                DSL.val(teams, SQLDataType.UUID.array()),
                DSL.val(models, SQLDataType.UUID.array()),
                DSL.val(times, SQLDataType.TIMESTAMPWITHTIMEZONE.array()),
                DSL.val(latencies, SQLDataType.REAL.array()),
                DSL.val(ttfts, SQLDataType.REAL.array()),
                DSL.val(inputs, SQLDataType.INTEGER.array()),
                DSL.val(outputs, SQLDataType.INTEGER.array()),
                DSL.val(errorTypes, SQLDataType.CLOB.array()),
                DSL.val(temperatures, SQLDataType.REAL.array()),
                DSL.val(maxTokens, SQLDataType.INTEGER.array()),
                DSL.val(clientIds, SQLDataType.CLOB.array()),
                DSL.val(sources, SQLDataType.CLOB.array())};
        if (!anyClientId) {
            db.query(INSERT, columns).execute();
            return events;
        }
        Set<String> inserted = new HashSet<>();
        db.resultQuery(INSERT + " returning model_id, occurred_at, client_event_id", columns).fetch()
                .forEach(row -> inserted.add(key(row.get(0, UUID.class), row.get(1, OffsetDateTime.class), row.get(2, String.class))));
        List<RequestEventRow> fresh = new ArrayList<>(inserted.size());
        for (RequestEventRow event : events) {
            if (event.clientEventId() == null
                    || inserted.remove(key(event.model().value(), event.occurredAt().atOffset(ZoneOffset.UTC), event.clientEventId()))) {
                fresh.add(event);
            }
        }
        return fresh;
    }

    private static String key(UUID model, OffsetDateTime time, String clientId) {
        return model + "|" + time.toInstant() + "|" + clientId;
    }
}
