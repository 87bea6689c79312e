package dev.beacon.telemetry;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * The checks every read of a model's telemetry for a person makes, for the read services added beside
 * {@link TelemetryQueryService}: VIEWERs of the model's team may read, for everyone else the model does
 * not exist; ranges run forwards and span at most 400 days.
 */
@Component
class TelemetryReads {

    private final ModelDirectory directory;
    private final TeamAccess access;

    TelemetryReads(ModelDirectory directory, TeamAccess access) {
        this.directory = directory;
        this.access = access;
    }

    void requireReadable(ModelId model) {
        ModelEntry entry = directory.find(model).orElseThrow(() -> new NotFoundException("Model"));
        access.require(entry.team(), TeamRole.VIEWER, "Model");
    }

    static void requireRange(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("from", "Choose a range whose start lies before its end");
        }
        if (Duration.between(from, to).compareTo(TelemetryQueryService.MAX_RANGE) > 0) {
            throw new InvalidInputException("from", "Choose a range of at most 400 days");
        }
    }
}
