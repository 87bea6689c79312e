package dev.beacon.alerting.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.alerting.MaintenanceWindowService;
import dev.beacon.alerting.SilenceService;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.TeamPageSection;

/** Adds the team's silences and maintenance windows to the team page, after its notification channels. */
@org.springframework.stereotype.Component
class MutesSection implements TeamPageSection {

    private final SilenceService silences;
    private final MaintenanceWindowService windows;

    MutesSection(SilenceService silences, MaintenanceWindowService windows) {
        this.silences = silences;
        this.windows = windows;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Component create(TeamId team) {
        return new MutesPanel(silences, windows, team);
    }
}
