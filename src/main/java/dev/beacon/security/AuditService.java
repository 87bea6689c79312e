package dev.beacon.security;

import dev.beacon.security.internal.JooqAuditRepository;
import dev.beacon.security.internal.JooqTeamRepository;
import dev.beacon.shared.TeamId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/** Reads the audit log: ADMINs see every entry, team OWNERs see their teams' entries. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AuditService {

    private final JooqAuditRepository repository;
    private final JooqTeamRepository teams;
    private final TeamAccess access;
    private final CurrentUser currentUser;

    AuditService(JooqAuditRepository repository, JooqTeamRepository teams, TeamAccess access, CurrentUser currentUser) {
        this.repository = repository;
        this.teams = teams;
        this.access = access;
        this.currentUser = currentUser;
    }

    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, visibleTeams(), offset, limit);
    }

    public int count(AuditFilter filter) {
        return repository.count(filter, visibleTeams());
    }

    /** Whether the current user may open the audit log at all. */
    public boolean canRead() {
        return currentUser.isAdmin() || !access.teamsWithRole(TeamRole.OWNER).isEmpty();
    }

    /**
     * The teams whose entries the current user may read, for the audit log's team filter: every team
     * for ADMINs, otherwise the teams where the user is OWNER (not merely a member).
     */
    public List<TeamOverview> teamsICanAudit() {
        return teams.overviews(access.teamsWithRole(TeamRole.OWNER), currentUser.id());
    }

    /** Null means "everything" (ADMIN); otherwise the teams where the user is OWNER. */
    private Set<TeamId> visibleTeams() {
        return currentUser.isAdmin() ? null : access.teamsWithRole(TeamRole.OWNER);
    }
}
