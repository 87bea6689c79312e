package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import dev.beacon.maintenance.TicketChange;
import dev.beacon.shared.ui.UserTime;

import java.util.List;

/** The ticket's activity history: who changed what, when, from which value to which. */
class TicketActivity extends Section {

    TicketActivity(List<TicketChange> changes) {
        addClassName("ticket-history");
        Grid<TicketChange> grid = new Grid<>();
        grid.addColumn(change -> UserTime.format(change.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketChange::actorName).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketActivity::describe).setHeader("What").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(changes);
        add(new H3("History"), grid);
    }

    /** Long values (descriptions, comments) are cut here; the ticket itself shows them whole. */
    static final int SHOWN_CHARACTERS = 200;

    /** "Status: Open → In progress", "Commented: …", "Opened: #12 Security patch: …". */
    static String describe(TicketChange change) {
        return switch (change.field()) {
            case "created" -> "Opened: " + shortened(change.newValue());
            case "comment" -> "Commented: " + shortened(change.newValue());
            default -> name(change.field()) + ": " + shortened(change.oldValue()) + " → " + shortened(change.newValue());
        };
    }

    private static String name(String field) {
        return switch (field) {
            case "dueDate" -> "Due date";
            case "versionLabel" -> "New version";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
    }

    private static String shortened(String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        return value.length() <= SHOWN_CHARACTERS ? value : value.substring(0, SHOWN_CHARACTERS) + "…";
    }
}
