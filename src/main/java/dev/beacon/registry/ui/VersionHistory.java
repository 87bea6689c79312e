package dev.beacon.registry.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.shared.ui.UserTime;

import java.util.List;

/** Every version label the model had, newest first, with who changed it, when, why and the ticket it came from. */
class VersionHistory extends Grid<ModelVersionChange> {

    VersionHistory(List<ModelVersionChange> changes) {
        addColumn(ModelVersionChange::versionLabel).setHeader("Version").setAutoWidth(true);
        addColumn(change -> change.previousLabel() == null ? "—" : change.previousLabel()).setHeader("Previous").setAutoWidth(true);
        addColumn(change -> UserTime.format(change.changedAt())).setHeader("Changed").setAutoWidth(true);
        addColumn(ModelVersionChange::changedBy).setHeader("By").setAutoWidth(true);
        addColumn(ModelVersionChange::note).setHeader("Note").setFlexGrow(3);
        addColumn(new ComponentRenderer<>(change -> change.ticketPath() == null ? new Span("—")
                : new Anchor(change.ticketPath(), change.ticketRef()))).setHeader("Ticket").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(changes);
    }
}
