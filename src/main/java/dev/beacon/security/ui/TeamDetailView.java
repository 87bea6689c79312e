package dev.beacon.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.beacon.shared.ui.RoutePatterns;
import dev.beacon.security.Team;
import dev.beacon.security.TeamData;
import dev.beacon.security.TeamMember;
import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.TeamPageSection;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Comparator;
import java.util.List;

/**
 * One team: its name, description and members. OWNERs (and ADMINs) edit the team and manage its
 * members; everyone else sees the same page read-only. Teams the user may not see are "not found".
 */
@Route("teams/:teamId" + RoutePatterns.UUID)
@PermitAll
class TeamDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamService teams;
    private final List<TeamPageSection> sections;
    private TeamId teamId;
    private Team team;

    TeamDetailView(TeamService teams, ObjectProvider<TeamPageSection> sections) {
        this.teams = teams;
        this.sections = sections.stream().sorted(Comparator.comparingInt(TeamPageSection::order)).toList();
        addClassName("beacon-page");
        getStyle().set("max-width", "1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            teamId = TeamId.of(event.getRouteParameters().get("teamId").orElseThrow());
            render();
        } catch (NotFoundException | IllegalArgumentException e) {
            team = null;
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return team == null ? "Team" : team.name() + " · Teams";
    }

    /** Reads the team, the user's role and the members again and redraws the page. */
    private void render() {
        Team current = teams.get(teamId);
        TeamRole myRole = teams.myRole(teamId);
        List<TeamMember> members = teams.members(teamId);
        team = current;
        boolean owner = myRole == TeamRole.OWNER;
        removeAll();
        add(new RouterLink("← All teams", TeamsView.class), header(myRole, owner), membersHeader(owner, members),
                new TeamMembers(teams, teamId, members, owner, this::changed));
        sections.forEach(section -> add(section.create(teamId)));
    }

    private Component header(TeamRole myRole, boolean owner) {
        H2 name = new H2(team.name());
        name.getStyle().set("margin", "0");
        HorizontalLayout title = new HorizontalLayout(name, SecurityBadges.role(myRole));
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph description = new Paragraph(team.description().isBlank() ? "No description yet." : team.description());
        description.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "pre-line");
        HorizontalLayout header = new HorizontalLayout(new Div(title, description));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (owner) {
            Button edit = new Button("Edit team", VaadinIcon.EDIT.create(), event -> new TeamDialog("Edit team", "Save changes",
                    new TeamData(team.name(), team.description()),
                    data -> teams.update(teamId, team.version(), data), saved -> {
                        Notifications.success("Saved team " + saved.name());
                        changed();
                    }).openDialog());
            header.add(edit);
        }
        return header;
    }

    private Component membersHeader(boolean owner, List<TeamMember> members) {
        H3 heading = new H3("Members (" + members.size() + ")");
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (owner) {
            Button add = new Button("Add member", VaadinIcon.PLUS.create(),
                    event -> new AddMemberDialog(teams, teamId, this::changed).openDialog());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        return header;
    }

    /** After a change the user may have lost access (e.g. removed themselves): then leave the page. */
    private void changed() {
        try {
            render();
        } catch (NotFoundException e) {
            getUI().ifPresent(ui -> ui.navigate(TeamsView.class));
        }
    }
}
