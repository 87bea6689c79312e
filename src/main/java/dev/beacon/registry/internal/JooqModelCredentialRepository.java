package dev.beacon.registry.internal;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

import static dev.beacon.jooq.Tables.MODEL_CREDENTIAL;

/** Stores the sealed (encrypted) API keys of models; it never sees a plain key. */
@Repository
public class JooqModelCredentialRepository {

    private final DSLContext db;

    JooqModelCredentialRepository(DSLContext db) {
        this.db = db;
    }

    public void save(ModelId model, byte[] sealedKey, UserId author, Instant now) {
        db.insertInto(MODEL_CREDENTIAL)
                .set(MODEL_CREDENTIAL.MODEL_ID, model)
                .set(MODEL_CREDENTIAL.API_KEY, sealedKey)
                .set(MODEL_CREDENTIAL.UPDATED_AT, now)
                .set(MODEL_CREDENTIAL.UPDATED_BY_USER_ID, author)
                .onConflict(MODEL_CREDENTIAL.MODEL_ID).doUpdate()
                .set(MODEL_CREDENTIAL.API_KEY, sealedKey)
                .set(MODEL_CREDENTIAL.UPDATED_AT, now)
                .set(MODEL_CREDENTIAL.UPDATED_BY_USER_ID, author)
                .execute();
    }

    /** Returns false when the model had no key. */
    public boolean delete(ModelId model) {
        return db.deleteFrom(MODEL_CREDENTIAL).where(MODEL_CREDENTIAL.MODEL_ID.eq(model)).execute() == 1;
    }

    public boolean exists(ModelId model) {
        return db.fetchExists(MODEL_CREDENTIAL, MODEL_CREDENTIAL.MODEL_ID.eq(model));
    }

    public Optional<byte[]> sealedKey(ModelId model) {
        return db.select(MODEL_CREDENTIAL.API_KEY).from(MODEL_CREDENTIAL).where(MODEL_CREDENTIAL.MODEL_ID.eq(model))
                .fetchOptional(MODEL_CREDENTIAL.API_KEY);
    }
}
