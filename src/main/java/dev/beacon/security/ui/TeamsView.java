package dev.beacon.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.beacon.security.Team;
import dev.beacon.security.TeamData;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;

/** The teams the user belongs to; ADMINs see, create and delete every team. */
@Route("teams")
@PageTitle("Teams")
@Menu(title = "Teams", order = 10, icon = "vaadin:group")
@PermitAll
class TeamsView extends Main {

    private final TeamService teams;
    private final boolean admin;
    private final Grid<TeamOverview> grid = new Grid<>();

    TeamsView(TeamService teams, AuthenticationContext authentication) {
        this.teams = teams;
        // Only a courtesy: the service refuses non-ADMINs anyway.
        this.admin = authentication.hasRole("ADMIN");
        addClassName("beacon-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        if (admin) {
            HorizontalLayout toolbar = new HorizontalLayout(newTeamButton("New team"));
            toolbar.setWidthFull();
            toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
            add(toolbar);
        }
        configureGrid();
        add(grid);
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(TeamsView::nameLink).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(TeamOverview::description).setHeader("Description").setFlexGrow(2)
                .setTooltipGenerator(TeamOverview::description);
        grid.addColumn(TeamOverview::memberCount).setHeader("Members").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(team -> team.myRole() == null ? new Span("Not a member") : SecurityBadges.role(team.myRole()))
                .setHeader("My role").setAutoWidth(true).setFlexGrow(0);
        if (admin) {
            grid.addComponentColumn(this::deleteButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(admin
                ? new EmptyState("No teams yet", "Create a team, then add people to it. Teams own models.", newTeamButton("Create the first team"))
                : new EmptyState("No teams", "You are not in any team yet. Ask an administrator to add you."));
    }

    private static Component nameLink(TeamOverview team) {
        RouterLink link = new RouterLink(team.name(), TeamDetailView.class, new RouteParameters("teamId", team.id().toString()));
        link.getStyle().set("font-weight", "600");
        return link;
    }

    private Component deleteButton(TeamOverview team) {
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> confirmDelete(team));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        delete.setAriaLabel("Delete team " + team.name());
        delete.setTooltipText("Delete team");
        return delete;
    }

    private Button newTeamButton(String text) {
        Button create = new Button(text, VaadinIcon.PLUS.create(), event -> new TeamDialog("New team", "Create team",
                new TeamData("", ""), teams::create, this::created).openDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return create;
    }

    private void created(Team team) {
        Notifications.success("Created team " + team.name() + ". Add its members on the team's page.");
        refresh();
    }

    private void confirmDelete(TeamOverview team) {
        ConfirmDialogs.confirmDestructive("Delete team " + team.name() + "?",
                "Its " + team.memberCount() + " memberships are removed. A team that still owns models cannot be deleted.",
                "Delete team", () -> {
                    try {
                        teams.delete(team.id());
                        Notifications.success("Deleted team " + team.name());
                    } catch (InvalidInputException e) {
                        Notifications.error(e.getMessage());
                    } catch (NotFoundException e) {
                        Notifications.info("The team " + team.name() + " was already deleted");
                    }
                    refresh();
                });
    }

    private void refresh() {
        grid.setItems(teams.myTeams());
    }
}
