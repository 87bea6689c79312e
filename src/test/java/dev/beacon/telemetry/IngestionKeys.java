package dev.beacon.telemetry;

import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.shared.SecretTokens;
import dev.beacon.shared.UserId;
import dev.beacon.telemetry.ingest.IngestionCaller;
import dev.beacon.telemetry.ingest.IngestionKeyAuthenticator;
import org.jooq.DSLContext;

import java.util.Optional;
import java.util.UUID;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.INGESTION_KEY;

/**
 * Ingestion keys for tests, written straight into the table (as the admin) until the key service exists;
 * then this helper should call it instead.
 */
public final class IngestionKeys {

    private IngestionKeys() {
    }

    /** A new, unlimited key of the team. */
    public static Key create(DSLContext db, Team team) {
        String secret = SecretTokens.newSecret(IngestionKeyAuthenticator.PREFIX);
        String name = TestFixtures.unique("key");
        UserId admin = db.select(APP_USER.USER_ID).from(APP_USER).where(APP_USER.USERNAME.eq(TestFixtures.ADMIN)).fetchSingle().value1();
        UUID id = db.insertInto(INGESTION_KEY)
                .set(INGESTION_KEY.TEAM_ID, team.id())
                .set(INGESTION_KEY.NAME, name)
                .set(INGESTION_KEY.KEY_PREFIX, SecretTokens.displayPrefix(secret, IngestionKeyAuthenticator.PREFIX))
                .set(INGESTION_KEY.KEY_HASH, SecretTokens.hash(secret))
                .set(INGESTION_KEY.CREATED_BY_USER_ID, admin)
                .returning(INGESTION_KEY.INGESTION_KEY_ID)
                .fetchSingle().getIngestionKeyId();
        return new Key(secret, new IngestionCaller(id, team.id(), Optional.empty(), name));
    }

    /** The secret a client sends, and who Beacon takes it for. */
    public record Key(String secret, IngestionCaller caller) {

        public String bearer() {
            return "Bearer " + secret;
        }
    }
}
