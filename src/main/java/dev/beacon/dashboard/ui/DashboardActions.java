package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardPreferences;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.dashboard.DashboardTransfer;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.Notifications;

import java.util.List;

/**
 * What a reader can do with a dashboard: star it, make it their home page, export its JSON, duplicate it
 * into a team where they edit; and, for its team's Editors and Owners, edit and delete it.
 */
class DashboardActions extends HorizontalLayout {

    private final DashboardPreferences preferences;
    private Dashboard dashboard;
    private final Button favourite = new Button();
    private final Button home = new Button();
    private Button edit;
    private Button delete;

    DashboardActions(Dashboard dashboard, DashboardService dashboards, DashboardPreferences preferences,
                     DashboardTransfer transfer, Runnable onEdit) {
        this.dashboard = dashboard;
        this.preferences = preferences;
        setWrap(true);
        favourite.addClickListener(e -> toggleFavourite());
        home.addClickListener(e -> toggleHome());
        showMarks();
        add(favourite);
        if (dashboard.editable()) {
            edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> onEdit.run());
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(edit);
        }
        List<TeamChoice> editorOf = dashboards.teamsICanEditIn();
        if (!editorOf.isEmpty()) {
            add(new Button("Duplicate", VaadinIcon.COPY_O.create(), e -> new DuplicateDialog(dashboards, dashboard, editorOf).openDialog()));
        }
        add(new Button("Export JSON", VaadinIcon.DOWNLOAD_ALT.create(),
                e -> new ExportDialog(dashboard.name(), transfer.exportJson(dashboard.id())).open()), home);
        if (dashboard.editable()) {
            delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete(dashboards));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(delete);
        }
    }

    /** While the dashboard is being edited, Edit has nothing left to do and Delete waits until the draft is saved or discarded. */
    void setEditing(boolean editing) {
        if (edit != null) {
            edit.setVisible(!editing);
            delete.setVisible(!editing);
        }
    }

    private void toggleFavourite() {
        preferences.favourite(dashboard.id(), !dashboard.favourite());
        dashboard = withMarks(!dashboard.favourite(), dashboard.home());
        showMarks();
    }

    private void toggleHome() {
        if (dashboard.home()) {
            preferences.clearHomePage();
            Notifications.info("Your home page is the overview again");
        } else {
            preferences.makeHomePage(dashboard.id());
            Notifications.success(dashboard.name() + " is your home page now");
        }
        dashboard = withMarks(dashboard.favourite(), !dashboard.home());
        showMarks();
    }

    private void showMarks() {
        favourite.setIcon(dashboard.favourite() ? VaadinIcon.STAR.create() : VaadinIcon.STAR_O.create());
        favourite.setText(dashboard.favourite() ? "Favourite" : "Add to favourites");
        favourite.getElement().setAttribute("aria-pressed", String.valueOf(dashboard.favourite()));
        home.setIcon(dashboard.home() ? VaadinIcon.HOME.create() : VaadinIcon.HOME_O.create());
        home.setText(dashboard.home() ? "Your home page" : "Make home page");
        home.setTooltipText(dashboard.home() ? "Click to make the overview your home page again"
                : "Open this dashboard when you sign in or click the logo");
        home.getElement().setAttribute("aria-pressed", String.valueOf(dashboard.home()));
    }

    private Dashboard withMarks(boolean isFavourite, boolean isHome) {
        Dashboard d = dashboard;
        return new Dashboard(d.id(), d.version(), d.team(), d.teamName(), d.name(), d.description(), d.visibility(),
                d.panels(), d.editable(), isFavourite, isHome, d.updatedAt(), d.updatedBy());
    }

    private void confirmDelete(DashboardService dashboards) {
        ConfirmDialogs.confirmDestructive("Delete " + dashboard.name() + "?",
                "The dashboard and its panels are deleted for everyone, also from their favourites and home pages. "
                        + "Export its JSON first to keep a copy.", "Delete dashboard", () -> {
                    try {
                        dashboards.delete(dashboard.id(), dashboard.version());
                        Notifications.success("Deleted " + dashboard.name());
                        UI.getCurrent().navigate(DashboardListView.class);
                    } catch (StaleDataException e) {
                        Notifications.error(e.getMessage());
                    }
                });
    }
}
