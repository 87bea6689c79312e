package dev.beacon.telemetry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import dev.beacon.telemetry.IngestionKey;
import dev.beacon.telemetry.ingest.IngestionCaller;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record11;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.INGESTION_KEY;
import static dev.beacon.jooq.Tables.MODEL;

/** Ingestion keys: looked up by the hash of their secret when used, listed and revoked by their team. */
@Repository
public class JooqIngestionKeyRepository {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final DSLContext db;

    JooqIngestionKeyRepository(DSLContext db) {
        this.db = db;
    }

    /** A key found for a request: whose it is, and when it was used before. */
    public record KeyUse(IngestionCaller caller, Instant lastUsedAt) {

        /** Use is recorded at most once a minute per key, so busy clients do not write on every call. */
        public boolean isWorthRecording(Instant now) {
            return lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION));
        }
    }

    /** The caller behind an unrevoked, unexpired key with this hash. */
    public Optional<KeyUse> findCaller(String hash, Instant now) {
        return db.select(INGESTION_KEY.INGESTION_KEY_ID, INGESTION_KEY.TEAM_ID, INGESTION_KEY.MODEL_ID, INGESTION_KEY.NAME,
                        INGESTION_KEY.LAST_USED_AT)
                .from(INGESTION_KEY)
                .where(INGESTION_KEY.KEY_HASH.eq(hash), INGESTION_KEY.REVOKED_AT.isNull(),
                        INGESTION_KEY.EXPIRES_AT.isNull().or(INGESTION_KEY.EXPIRES_AT.gt(now)))
                .fetchOptional(row -> new KeyUse(new IngestionCaller(row.value1(), row.value2(), Optional.ofNullable(row.value3()),
                        row.value4()), row.value5()));
    }

    /** Records use at most once a minute per key (also when several requests see an old time at once). */
    public void markUsed(String hash, Instant now) {
        db.update(INGESTION_KEY)
                .set(INGESTION_KEY.LAST_USED_AT, now)
                .where(INGESTION_KEY.KEY_HASH.eq(hash),
                        INGESTION_KEY.LAST_USED_AT.isNull().or(INGESTION_KEY.LAST_USED_AT.lt(now.minus(LAST_USED_RESOLUTION))))
                .execute();
    }

    /** Stores a new key; only the hash of its secret, never the secret. */
    public UUID insert(TeamId team, ModelId model, String name, String prefix, String hash, UserId createdBy,
                       Instant createdAt, Instant expiresAt) {
        return db.insertInto(INGESTION_KEY)
                .set(INGESTION_KEY.TEAM_ID, team)
                .set(INGESTION_KEY.MODEL_ID, model)
                .set(INGESTION_KEY.NAME, name)
                .set(INGESTION_KEY.KEY_PREFIX, prefix)
                .set(INGESTION_KEY.KEY_HASH, hash)
                .set(INGESTION_KEY.CREATED_BY_USER_ID, createdBy)
                .set(INGESTION_KEY.CREATED_AT, createdAt)
                .set(INGESTION_KEY.EXPIRES_AT, expiresAt)
                .returning(INGESTION_KEY.INGESTION_KEY_ID)
                .fetchSingle(INGESTION_KEY.INGESTION_KEY_ID);
    }

    /** The team's keys, working ones first, newest first; revoked keys stay listed so their history is visible. */
    public List<IngestionKey> keysOf(TeamId team) {
        return select(INGESTION_KEY.TEAM_ID.eq(team))
                .orderBy(INGESTION_KEY.REVOKED_AT.isNotNull(), INGESTION_KEY.CREATED_AT.desc(), INGESTION_KEY.NAME)
                .fetch(Records.mapping(IngestionKey::new));
    }

    public Optional<IngestionKey> find(TeamId team, UUID id) {
        return select(INGESTION_KEY.TEAM_ID.eq(team).and(INGESTION_KEY.INGESTION_KEY_ID.eq(id)))
                .fetchOptional(Records.mapping(IngestionKey::new));
    }

    /** Revokes the key unless it already is; true when this call revoked it. */
    public boolean revoke(UUID id, Instant now) {
        return db.update(INGESTION_KEY)
                .set(INGESTION_KEY.REVOKED_AT, now)
                .where(INGESTION_KEY.INGESTION_KEY_ID.eq(id), INGESTION_KEY.REVOKED_AT.isNull())
                .execute() == 1;
    }

    private SelectConditionStep<Record11<UUID, TeamId, String, String, ModelId, String, String, Instant, Instant, Instant, Instant>>
            select(Condition condition) {
        return db.select(INGESTION_KEY.INGESTION_KEY_ID, INGESTION_KEY.TEAM_ID, INGESTION_KEY.NAME, INGESTION_KEY.KEY_PREFIX,
                        INGESTION_KEY.MODEL_ID, MODEL.NAME, APP_USER.USERNAME, INGESTION_KEY.CREATED_AT,
                        INGESTION_KEY.EXPIRES_AT, INGESTION_KEY.LAST_USED_AT, INGESTION_KEY.REVOKED_AT)
                .from(INGESTION_KEY)
                .leftJoin(MODEL).on(MODEL.MODEL_ID.eq(INGESTION_KEY.MODEL_ID))
                .join(APP_USER).on(APP_USER.USER_ID.eq(INGESTION_KEY.CREATED_BY_USER_ID))
                .where(condition);
    }
}
