package dev.beacon.telemetry.internal;

import dev.beacon.shared.TeamId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

import static dev.beacon.jooq.Tables.TELEMETRY_RETENTION;

/** The raw-data retention a team chose, where it chose one. */
@Repository
public class JooqRetentionRepository {

    private final DSLContext db;

    JooqRetentionRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<Integer> rawDays(TeamId team) {
        return db.select(TELEMETRY_RETENTION.RAW_DAYS).from(TELEMETRY_RETENTION)
                .where(TELEMETRY_RETENTION.TEAM_ID.eq(team))
                .fetchOptional(TELEMETRY_RETENTION.RAW_DAYS);
    }

    public void setRawDays(TeamId team, int days, Instant now) {
        db.insertInto(TELEMETRY_RETENTION)
                .set(TELEMETRY_RETENTION.TEAM_ID, team)
                .set(TELEMETRY_RETENTION.RAW_DAYS, days)
                .set(TELEMETRY_RETENTION.UPDATED_AT, now)
                .onConflict(TELEMETRY_RETENTION.TEAM_ID).doUpdate()
                .set(TELEMETRY_RETENTION.RAW_DAYS, days)
                .set(TELEMETRY_RETENTION.UPDATED_AT, now)
                .execute();
    }
}
