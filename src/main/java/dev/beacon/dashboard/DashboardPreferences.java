package dev.beacon.dashboard;

import dev.beacon.dashboard.internal.JooqDashboardRepository;
import dev.beacon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Each user's own marks on dashboards they may open: favourites (starred, listed first) and the one
 * dashboard that is their home page. Personal, so not audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DashboardPreferences {

    private final JooqDashboardRepository repository;
    private final DashboardAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardPreferences(JooqDashboardRepository repository, DashboardAccess access, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public void favourite(DashboardId id, boolean favourite) {
        access.requireReadable(id);
        if (favourite) {
            repository.favourite(currentUser.id(), id, clock.instant());
        } else {
            repository.unfavourite(currentUser.id(), id);
        }
    }

    /** Signing in, the logo and the overview's address then open this dashboard. */
    @Transactional
    public void makeHomePage(DashboardId id) {
        access.requireReadable(id);
        repository.setHome(currentUser.id(), id);
    }

    /** Back to the fleet overview as home page. */
    @Transactional
    public void clearHomePage() {
        repository.clearHome(currentUser.id());
    }
}
