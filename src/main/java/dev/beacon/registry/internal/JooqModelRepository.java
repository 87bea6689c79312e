package dev.beacon.registry.internal;

import dev.beacon.registry.ModelData;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.jooq.Tables.MODEL_VERSION;

/** Writes models and their version history. */
@Repository
public class JooqModelRepository {

    private final DSLContext db;

    JooqModelRepository(DSLContext db) {
        this.db = db;
    }

    public ModelId insert(TeamId team, ModelData data, UserId author, Instant now) {
        return db.insertInto(MODEL)
                .set(MODEL.TEAM_ID, team)
                .set(MODEL.NAME, data.name())
                .set(MODEL.DESCRIPTION, data.description())
                .set(MODEL.RUNTIME, data.runtime())
                .set(MODEL.ENDPOINT_URL, data.endpointUrl())
                .set(MODEL.SERVED_MODEL_NAME, data.servedModelName())
                .set(MODEL.VERSION_LABEL, data.versionLabel())
                .set(MODEL.CONTEXT_WINDOW, data.contextWindow())
                .set(MODEL.DEFAULT_TEMPERATURE, data.defaultTemperature())
                .set(MODEL.MAX_OUTPUT_TOKENS, data.maxOutputTokens())
                .set(MODEL.TAGS, data.tags().toArray(String[]::new))
                .set(MODEL.STATUS, data.status())
                .set(MODEL.CREATED_AT, now)
                .set(MODEL.CREATED_BY_USER_ID, author)
                .set(MODEL.UPDATED_AT, now)
                .set(MODEL.UPDATED_BY_USER_ID, author)
                .returning(MODEL.MODEL_ID)
                .fetchOne(MODEL.MODEL_ID);
    }

    /** Returns false when the version no longer matches (someone else saved first). */
    public boolean update(ModelId id, int version, ModelData data, UserId author, Instant now) {
        return db.update(MODEL)
                .set(MODEL.NAME, data.name())
                .set(MODEL.DESCRIPTION, data.description())
                .set(MODEL.RUNTIME, data.runtime())
                .set(MODEL.ENDPOINT_URL, data.endpointUrl())
                .set(MODEL.SERVED_MODEL_NAME, data.servedModelName())
                .set(MODEL.VERSION_LABEL, data.versionLabel())
                .set(MODEL.CONTEXT_WINDOW, data.contextWindow())
                .set(MODEL.DEFAULT_TEMPERATURE, data.defaultTemperature())
                .set(MODEL.MAX_OUTPUT_TOKENS, data.maxOutputTokens())
                .set(MODEL.TAGS, data.tags().toArray(String[]::new))
                .set(MODEL.STATUS, data.status())
                .set(MODEL.VERSION, MODEL.VERSION.plus(1))
                .set(MODEL.UPDATED_AT, now)
                .set(MODEL.UPDATED_BY_USER_ID, author)
                .where(MODEL.MODEL_ID.eq(id), MODEL.VERSION.eq(version))
                .execute() == 1;
    }

    /** Returns false when the version no longer matches. */
    public boolean delete(ModelId id, int version) {
        return db.deleteFrom(MODEL).where(MODEL.MODEL_ID.eq(id), MODEL.VERSION.eq(version)).execute() == 1;
    }

    public Optional<TeamId> teamOf(ModelId id) {
        return db.select(MODEL.TEAM_ID).from(MODEL).where(MODEL.MODEL_ID.eq(id)).fetchOptional(MODEL.TEAM_ID);
    }

    public void recordVersion(ModelId id, String label, String previousLabel, String note, UserId author, Instant now) {
        db.insertInto(MODEL_VERSION)
                .set(MODEL_VERSION.MODEL_ID, id)
                .set(MODEL_VERSION.VERSION_LABEL, label)
                .set(MODEL_VERSION.PREVIOUS_LABEL, previousLabel)
                .set(MODEL_VERSION.NOTE, note == null ? "" : note.strip())
                .set(MODEL_VERSION.CHANGED_AT, now)
                .set(MODEL_VERSION.CHANGED_BY_USER_ID, author)
                .execute();
    }
}
