package dev.beacon.dashboard;

import dev.beacon.dashboard.internal.JooqDashboardQuery;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The signed-in user's home dashboard: the one they chose (see {@link DashboardPreferences}), as long as
 * they still may open it. Without one, Beacon opens on its overview at the root route.
 */
@Service
public class HomePage {

    private final JooqDashboardQuery query;
    private final DashboardAccess access;
    private final CurrentUser currentUser;

    HomePage(JooqDashboardQuery query, DashboardAccess access, CurrentUser currentUser) {
        this.query = query;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The dashboard the user chose as home page, when there is one they may still open. */
    @Transactional(readOnly = true)
    public Optional<DashboardId> homeDashboard() {
        if (currentUser.details().isEmpty()) {
            return Optional.empty();
        }
        return query.homeOf(currentUser.id()).filter(this::readable);
    }

    private boolean readable(DashboardId id) {
        try {
            access.requireReadable(id);
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }
}
