package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import dev.beacon.maintenance.TicketChange;
import dev.beacon.shared.ui.UserTime;

import java.util.List;

/** The ticket's activity history: who changed what, when, from which value to which. */
class TicketHistory extends Section {

    TicketHistory(List<TicketChange> changes) {
        addClassName("ticket-history");
        Grid<TicketChange> grid = new Grid<>();
        grid.addColumn(change -> UserTime.format(change.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketChange::actorName).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketHistory::describe).setHeader("What").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(changes);
        add(new H3("History"), grid);
    }

    /** "status: Open → In progress", "created", "comment". */
    static String describe(TicketChange change) {
        if (change.oldValue() == null && change.newValue() == null) {
            return change.field();
        }
        return change.field() + ": " + (change.oldValue() == null ? "—" : change.oldValue())
                + " → " + (change.newValue() == null ? "—" : change.newValue());
    }
}
