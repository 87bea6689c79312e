package dev.beacon.dashboard;

import dev.beacon.dashboard.internal.JooqDashboardQuery;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Where a signed-in user's home page is: the dashboard they chose (see {@link DashboardPreferences}),
 * if they still may open it; otherwise nothing, and the root route shows the fleet overview.
 */
@Service
public class HomePage {

    /** The route of dashboards, e.g. "dashboards/0196…"; the dashboard views live there. */
    public static final String DASHBOARDS_ROUTE = "dashboards";

    private final JooqDashboardQuery query;
    private final DashboardAccess access;
    private final CurrentUser currentUser;

    HomePage(JooqDashboardQuery query, DashboardAccess access, CurrentUser currentUser) {
        this.query = query;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The chosen home dashboard's route, e.g. "dashboards/0196…", when there is one the user may open. */
    @Transactional(readOnly = true)
    public Optional<String> chosenRoute() {
        if (currentUser.details().isEmpty()) {
            return Optional.empty();
        }
        return query.homeOf(currentUser.id()).filter(this::readable).map(id -> DASHBOARDS_ROUTE + "/" + id);
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
