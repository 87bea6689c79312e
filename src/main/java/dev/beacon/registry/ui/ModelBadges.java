package dev.beacon.registry.ui;

import com.vaadin.flow.component.html.Span;
import dev.beacon.registry.ModelStatus;
import dev.beacon.shared.ui.Badges;

final class ModelBadges {

    private ModelBadges() {
    }

    static Span status(ModelStatus status) {
        return Badges.badge(status.label(), switch (status) {
            case ACTIVE -> Badges.Tone.SUCCESS;
            case DEPRECATED -> Badges.Tone.WARNING;
            case RETIRED -> Badges.Tone.CONTRAST;
        });
    }
}
