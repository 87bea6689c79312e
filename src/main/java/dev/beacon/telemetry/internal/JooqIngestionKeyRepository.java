package dev.beacon.telemetry.internal;

import dev.beacon.telemetry.ingest.IngestionCaller;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.beacon.jooq.Tables.INGESTION_KEY;

/** Ingestion keys: looked up by the hash of their secret. */
@Repository
public class JooqIngestionKeyRepository {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final DSLContext db;

    JooqIngestionKeyRepository(DSLContext db) {
        this.db = db;
    }

    /** The caller behind an unrevoked, unexpired key with this hash. */
    public Optional<IngestionCaller> findCaller(String hash, Instant now) {
        return db.select(INGESTION_KEY.INGESTION_KEY_ID, INGESTION_KEY.TEAM_ID, INGESTION_KEY.MODEL_ID, INGESTION_KEY.NAME)
                .from(INGESTION_KEY)
                .where(INGESTION_KEY.KEY_HASH.eq(hash), INGESTION_KEY.REVOKED_AT.isNull(),
                        INGESTION_KEY.EXPIRES_AT.isNull().or(INGESTION_KEY.EXPIRES_AT.gt(now)))
                .fetchOptional(row -> new IngestionCaller(row.value1(), row.value2(), Optional.ofNullable(row.value3()), row.value4()));
    }

    /** Records use at most once a minute per key, so busy clients do not write on every call. */
    public void markUsed(String hash, Instant now) {
        db.update(INGESTION_KEY)
                .set(INGESTION_KEY.LAST_USED_AT, now)
                .where(INGESTION_KEY.KEY_HASH.eq(hash),
                        INGESTION_KEY.LAST_USED_AT.isNull().or(INGESTION_KEY.LAST_USED_AT.lt(now.minus(LAST_USED_RESOLUTION))))
                .execute();
    }
}
