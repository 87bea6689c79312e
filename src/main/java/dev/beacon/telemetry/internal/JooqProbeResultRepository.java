package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.ProbeState;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;

import static dev.beacon.jooq.Tables.PROBE_RESULT;

/** Writes raw probe results; their team's partition for the day must exist (TelemetryPartitions.ensureRaw). */
@Repository
public class JooqProbeResultRepository {

    private final DSLContext db;

    JooqProbeResultRepository(DSLContext db) {
        this.db = db;
    }

    public void insert(TeamId team, ModelId model, Instant probedAt, ProbeState state, double latencyMs, String errorClass,
                       String detail) {
        db.insertInto(PROBE_RESULT)
                .set(PROBE_RESULT.TEAM_ID, team)
                .set(PROBE_RESULT.MODEL_ID, model)
                .set(PROBE_RESULT.PROBED_AT, probedAt)
                .set(PROBE_RESULT.STATE, state.name())
                .set(PROBE_RESULT.LATENCY_MS, (float) latencyMs)
                .set(PROBE_RESULT.ERROR_CLASS, errorClass)
                .set(PROBE_RESULT.DETAIL, detail)
                .execute();
    }
}
