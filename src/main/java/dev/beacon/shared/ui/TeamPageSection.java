package dev.beacon.shared.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.shared.TeamId;

/**
 * A section that another module adds to a team's page (e.g. ingestion keys), so the security module
 * need not know those modules. The page has already checked that the user may see the team; the section's
 * own service checks again and decides what the user may change.
 */
public interface TeamPageSection {

    /** Sections appear in ascending order, below the members. */
    int order();

    Component create(TeamId team);
}
