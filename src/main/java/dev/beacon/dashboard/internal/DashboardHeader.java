package dev.beacon.dashboard.internal;

import dev.beacon.dashboard.Visibility;
import dev.beacon.shared.TeamId;

/** What deciding access to a dashboard needs: its team and who besides the team may open it. */
public record DashboardHeader(TeamId team, Visibility visibility) {
}
