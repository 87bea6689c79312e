package dev.beacon.shared.secrets;

import org.jooq.DSLContext;

import java.time.Clock;

import static dev.beacon.jooq.Tables.SECRET_KEY_CHECK;

/**
 * Proves at start-up that the secret key is the one the database's secrets were sealed with: the first start seals a
 * known text into {@code secret_key_check}, every later start opens it. Without this, a wrong key would surface only
 * when a scrape or an evaluation first needs an API key, as failed calls nobody connects with the key.
 */
final class SecretKeyCheck {

    static final String KNOWN_TEXT = "Beacon secret key check";

    private final DSLContext db;
    private final Clock clock;

    SecretKeyCheck(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Throws a {@link SecretKeyException} naming {@code origin} when the key does not match. */
    void verify(SecretBox box, String origin) {
        // two instances starting at once on a new database: the first insert wins, both check against it
        db.insertInto(SECRET_KEY_CHECK)
                .set(SECRET_KEY_CHECK.ID, 1)
                .set(SECRET_KEY_CHECK.SEALED, box.seal(KNOWN_TEXT))
                .set(SECRET_KEY_CHECK.CREATED_AT, clock.instant())
                .onConflictDoNothing()
                .execute();
        byte[] sealed = db.select(SECRET_KEY_CHECK.SEALED).from(SECRET_KEY_CHECK).where(SECRET_KEY_CHECK.ID.eq(1))
                .fetchSingle(SECRET_KEY_CHECK.SEALED);
        try {
            if (!KNOWN_TEXT.equals(box.open(sealed))) {
                throw SecretKeyException.mismatch(origin);
            }
        } catch (SecretBoxException e) {
            throw SecretKeyException.mismatch(origin);
        }
    }
}
