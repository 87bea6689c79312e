package dev.beacon.telemetry.ingest;

import dev.beacon.shared.SecretTokens;
import dev.beacon.telemetry.internal.JooqIngestionKeyRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Tells whose an ingestion key is; every path that takes telemetry (REST, OTLP/HTTP, OTLP/gRPC) asks it. */
@Component
public class IngestionKeyAuthenticator {

    public static final String PREFIX = "bik_";

    private final JooqIngestionKeyRepository keys;
    private final Clock clock;

    IngestionKeyAuthenticator(JooqIngestionKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The caller behind a valid key secret; empty for unknown, revoked or expired keys. */
    @Transactional
    public Optional<IngestionCaller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(secret);
        Instant now = clock.instant();
        Optional<JooqIngestionKeyRepository.KeyUse> use = keys.findCaller(hash, now);
        if (use.isPresent() && use.get().isWorthRecording(now)) {
            keys.markUsed(hash, now);
        }
        return use.map(JooqIngestionKeyRepository.KeyUse::caller);
    }

    /** The secret of an "Authorization: Bearer …" header value, if it is one. */
    public static Optional<String> bearerSecret(String header) {
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip());
        }
        return Optional.empty();
    }
}
