package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.maintenance.ScheduleService;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.TeamPageSection;

/** Adds the team's recurring maintenance schedules to the team page, after its silences and maintenance windows. */
@org.springframework.stereotype.Component
class SchedulesSection implements TeamPageSection {

    private final ScheduleService schedules;

    SchedulesSection(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Component create(TeamId team) {
        return new SchedulesPanel(schedules, team);
    }
}
