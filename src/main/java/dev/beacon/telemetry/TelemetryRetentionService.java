package dev.beacon.telemetry;

import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.internal.JooqRetentionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;

/**
 * How long a team's raw telemetry (request events, scores, probe results) is kept. Every member reads it;
 * OWNERs change it. Rollups are kept on their own schedule (minute rows 35 days, hour and day rows 400),
 * so dashboards over long ranges keep working after raw data is gone.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TelemetryRetentionService {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 400;

    private final JooqRetentionRepository retention;
    private final TeamAccess access;
    private final AuditLog auditLog;
    private final TelemetryProperties properties;
    private final Clock clock;

    TelemetryRetentionService(JooqRetentionRepository retention, TeamAccess access, AuditLog auditLog,
                              TelemetryProperties properties, Clock clock) {
        this.retention = retention;
        this.access = access;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int rawRetentionDays(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        return retention.rawDays(team).orElse(properties.rawRetentionDays());
    }

    /** Whether the current user may change the team's retention (OWNER). */
    @Transactional(readOnly = true)
    public boolean canChange(TeamId team) {
        return access.require(team, TeamRole.VIEWER, "Team").includes(TeamRole.OWNER);
    }

    /** Raw data older than the new retention is dropped at the next retention run (hourly). */
    @Transactional
    public int setRawRetentionDays(TeamId team, Integer days) {
        access.require(team, TeamRole.OWNER, "Team");
        if (days == null || days < MIN_DAYS || days > MAX_DAYS) {
            throw new InvalidInputException("rawRetentionDays", "Choose 1 to 400 days");
        }
        int before = rawRetentionDays(team);
        retention.setRawDays(team, days, clock.instant());
        auditLog.updated(new AuditSubject(team, "Telemetry retention", team.toString(), "raw telemetry"),
                Map.of("rawRetentionDays", before), Map.of("rawRetentionDays", days));
        return days;
    }
}
