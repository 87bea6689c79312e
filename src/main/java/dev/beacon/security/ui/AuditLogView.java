package dev.beacon.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.beacon.security.AuditEntry;
import dev.beacon.security.AuditService;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who changed what, newest first. ADMINs read every entry, team OWNERs their teams' entries; anyone
 * else is turned away before the page is built.
 */
@Route(AuditLogView.PATH)
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 30, icon = "vaadin:records")
@PermitAll
class AuditLogView extends Main implements BeforeEnterObserver {

    static final String PATH = "audit";

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private AuditFilterBar filters;
    private AuditEntry focused;

    AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("beacon-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!audit.canRead()) {
            String message = "The audit log is for administrators and team owners. "
                    + "Ask an owner of your team if you need to know who changed something.";
            event.rerouteToError(new AccessDeniedException(message), message);
            return;
        }
        if (filters == null) {
            filters = new AuditFilterBar(audit.teamsICanAudit(), this::refresh);
            configureGrid();
            add(filters, grid);
        }
    }

    private void configureGrid() {
        grid.addColumn(entry -> UserTime.format(entry.occurredAt())).setHeader("Time").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(entry -> UserTime.formatPrecise(entry.occurredAt()));
        grid.addColumn(AuditEntry::actorName).setHeader("Actor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.teamName() == null ? "—" : entry.teamName()).setHeader("Team").setWidth("8em").setFlexGrow(1)
                .setTooltipGenerator(entry -> entry.teamName() == null ? "" : entry.teamName());
        grid.addColumn(AuditEntry::entityType).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::entityName).setHeader("Entity").setWidth("10em").setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::entityName);
        grid.addComponentColumn(entry -> SecurityBadges.auditAction(entry.action())).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader("Summary").setWidth("14em").setFlexGrow(3).setTooltipGenerator(AuditEntry::summary);
        grid.setItems(query -> audit.find(filters.filter(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(filters.filter()));
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.addCellFocusListener(event -> focused = event.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> open(focused), Key.ENTER).listenOn(grid);
        grid.setEmptyStateComponent(emptyState());
        grid.setSizeFull();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateComponent(emptyState());
    }

    private Component emptyState() {
        if (filters.isEmpty()) {
            return new EmptyState("Nothing recorded yet", "Changes to users, teams, memberships, models and API tokens appear here.");
        }
        return new EmptyState("No entries match these filters", "Change or clear the filters to see more entries.",
                new Button("Clear filters", event -> filters.clear()));
    }

    private void open(AuditEntry entry) {
        if (entry != null) {
            new AuditEntryDialog(entry).open();
        }
    }
}
