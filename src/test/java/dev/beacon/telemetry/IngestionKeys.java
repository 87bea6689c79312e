package dev.beacon.telemetry;

import dev.beacon.TestFixtures;
import dev.beacon.security.Team;
import dev.beacon.telemetry.ingest.IngestionCaller;

import java.util.Optional;

/** Ingestion keys for tests that also need to know whom Beacon takes the key for (e.g. to drain its rate limit). */
public final class IngestionKeys {

    private IngestionKeys() {
    }

    /** A new, unlimited key of the team, made through the key service. */
    public static Key create(TestFixtures fixtures, Team team) {
        IssuedIngestionKey issued = fixtures.ingestionKey(team, null);
        IngestionKey key = issued.key();
        return new Key(issued.secret(), new IngestionCaller(key.id(), key.team(), Optional.empty(), key.name()));
    }

    /** The secret a client sends, and who Beacon takes it for. */
    public record Key(String secret, IngestionCaller caller) {

        public String bearer() {
            return "Bearer " + secret;
        }
    }
}
