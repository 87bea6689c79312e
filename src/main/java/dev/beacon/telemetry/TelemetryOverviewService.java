package dev.beacon.telemetry;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.internal.CheckKind;
import dev.beacon.telemetry.internal.JooqMonitorCheckRepository;
import dev.beacon.telemetry.internal.JooqTelemetrySourceRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The model page's view of a model's telemetry: the last hour's headline figures and the latest scrape
 * and probe, so an operator sees at once why a model has no data. VIEWERs of the model's team may read;
 * for everyone else the model does not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TelemetryOverviewService {

    static final Duration LAST_HOUR = Duration.ofHours(1);

    private final ModelDirectory directory;
    private final TeamAccess access;
    private final TelemetryQueryService queries;
    private final JooqMonitorCheckRepository checks;
    private final JooqTelemetrySourceRepository sources;
    private final Clock clock;

    TelemetryOverviewService(ModelDirectory directory, TeamAccess access, TelemetryQueryService queries,
                             JooqMonitorCheckRepository checks, JooqTelemetrySourceRepository sources, Clock clock) {
        this.directory = directory;
        this.access = access;
        this.queries = queries;
        this.checks = checks;
        this.sources = sources;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TelemetryOverview overview(ModelId id) {
        ModelEntry model = directory.find(id).orElseThrow(() -> new NotFoundException("Model"));
        access.require(model.team(), TeamRole.VIEWER, "Model");
        Instant now = clock.instant();
        TelemetrySummary lastHour = queries.summary(id, now.minus(LAST_HOUR), now);
        Map<String, Instant> received = sources.lastReceived(id);
        return new TelemetryOverview(id, model.team(), model.runtime(), model.servedModelName(),
                model.scrapeEnabled(), model.effectiveMetricsUrl(), model.scrapeIntervalSeconds(),
                model.probeEnabled(), model.probeIntervalSeconds(), lastHour,
                check(id, CheckKind.SCRAPE), check(id, CheckKind.PROBE), received.get("API"), received.get("OTLP"));
    }

    private MonitorCheck check(ModelId model, CheckKind kind) {
        return checks.last(model, kind)
                .map(row -> new MonitorCheck(row.checkedAt(), row.durationMs(), row.outcome(), row.errorClass(),
                        CheckFailure.describe(row.errorClass()), row.detail()))
                .orElse(null);
    }
}
