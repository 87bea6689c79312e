package dev.beacon.shared.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.shared.ModelId;

/**
 * A tab that another module adds to a model's page (telemetry, alert rules, tickets), so the registry
 * need not know those modules. The page has already checked that the user may see the model; the tab's
 * own service checks again.
 */
public interface ModelPageTab {

    String label();

    /** Tabs appear in ascending order, after the registry's own. */
    int order();

    Component create(ModelId model);
}
