package dev.beacon.demo;

import dev.beacon.security.RunAs;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.IngestionKey;
import dev.beacon.telemetry.IngestionKeyService;
import dev.beacon.telemetry.NewIngestionKey;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The ingestion keys the simulated clients send with: each start makes a new one per team, as the team's owner
 * (so the audit log says who), and revokes the keys earlier starts made, so they do not pile up. The secret
 * lives only in memory.
 */
@Component
@Profile("demo")
class DemoIngestionKeys {

    static final String NAME = "demo traffic generator";

    private final RunAs runAs;
    private final IngestionKeyService keys;
    private final Clock clock;

    DemoIngestionKeys(RunAs runAs, IngestionKeyService keys, Clock clock) {
        this.runAs = runAs;
        this.keys = keys;
        this.clock = clock;
    }

    /** A fresh key of the demo team for all its models; returns its secret. */
    String renew(TeamId team, String teamName) {
        return runAs.user(DemoCatalog.ownerOf(teamName), () -> {
            keys.keys(team).stream()
                    .filter(key -> key.name().equals(NAME) && key.status(clock.instant()) == IngestionKey.Status.ACTIVE)
                    .forEach(key -> keys.revoke(team, key.id()));
            return keys.create(team, new NewIngestionKey(NAME, null, null)).secret();
        });
    }
}
