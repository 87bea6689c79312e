package dev.beacon.maintenance.ui;

import dev.beacon.maintenance.TicketService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ModelBadgeSource;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** "2 open tickets" on a model's row of the fleet overview. */
@org.springframework.stereotype.Component
class OpenTicketBadges implements ModelBadgeSource {

    private final TicketService tickets;

    OpenTicketBadges(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public Map<ModelId, ModelBadge> badges(Collection<ModelId> models) {
        Map<ModelId, ModelBadge> badges = new HashMap<>();
        tickets.openCountsByModel().forEach((model, count) -> {
            if (count > 0 && models.contains(model)) {
                String text = count == 1 ? "1 open ticket" : count + " open tickets";
                badges.put(model, new ModelBadge(text, text + ", open or in progress"));
            }
        });
        return badges;
    }
}
