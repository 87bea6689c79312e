package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.beacon.jooq.Tables.TELEMETRY_SOURCE;

/** When each model last received data through each client path. */
@Repository
public class JooqTelemetrySourceRepository {

    private final DSLContext db;

    JooqTelemetrySourceRepository(DSLContext db) {
        this.db = db;
    }

    public void received(ModelId model, String source, Instant at) {
        db.insertInto(TELEMETRY_SOURCE)
                .set(TELEMETRY_SOURCE.MODEL_ID, model)
                .set(TELEMETRY_SOURCE.SOURCE, source)
                .set(TELEMETRY_SOURCE.LAST_RECEIVED_AT, at)
                .onConflict(TELEMETRY_SOURCE.MODEL_ID, TELEMETRY_SOURCE.SOURCE).doUpdate()
                .set(TELEMETRY_SOURCE.LAST_RECEIVED_AT, at)
                .where(TELEMETRY_SOURCE.LAST_RECEIVED_AT.lt(at))
                .execute();
    }

    /** Source name → when the model last received data through it. */
    public Map<String, Instant> lastReceived(ModelId model) {
        return db.select(TELEMETRY_SOURCE.SOURCE, TELEMETRY_SOURCE.LAST_RECEIVED_AT)
                .from(TELEMETRY_SOURCE)
                .where(TELEMETRY_SOURCE.MODEL_ID.eq(model))
                .fetch()
                .stream()
                .collect(Collectors.toMap(row -> row.value1(), row -> row.value2()));
    }
}
