package dev.beacon.notification.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.notification.ChannelService;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.TeamPageSection;

/** Adds the team's notification channels to the team page, below the ingestion keys. */
@org.springframework.stereotype.Component
class ChannelsSection implements TeamPageSection {

    private final ChannelService channels;

    ChannelsSection(ChannelService channels) {
        this.channels = channels;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create(TeamId team) {
        return new ChannelsPanel(channels, team);
    }
}
