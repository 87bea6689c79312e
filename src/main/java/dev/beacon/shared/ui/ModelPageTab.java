package dev.beacon.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import dev.beacon.shared.ModelId;

/**
 * A tab that another module adds to a model's page (telemetry, alert rules, tickets), so the registry
 * need not know those modules. The page has already checked that the user may see the model; the tab's
 * own service checks again.
 */
public interface ModelPageTab {

    String label();

    /**
     * Tabs appear in ascending order: those of a negative order before the registry's own (Overview,
     * Version history), the others after them. The page opens on the first tab.
     */
    int order();

    Component create(ModelId model);

    /**
     * The tab for the page at this address. A tab that keeps its state in the URL (a dashboard's time
     * range in the query parameters) reads it here; the others need not override this.
     */
    default Component create(ModelId model, Location location) {
        return create(model);
    }
}
