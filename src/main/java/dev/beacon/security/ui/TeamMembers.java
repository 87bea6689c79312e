package dev.beacon.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import dev.beacon.security.TeamMember;
import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;

import java.util.List;

/** The members of a team. OWNERs change roles in place and remove members; others only read. */
class TeamMembers extends Grid<TeamMember> {

    private final TeamService teams;
    private final TeamId teamId;
    private final Runnable onChanged;

    TeamMembers(TeamService teams, TeamId teamId, List<TeamMember> members, boolean owner, Runnable onChanged) {
        this.teams = teams;
        this.teamId = teamId;
        this.onChanged = onChanged;
        addComponentColumn(TeamMembers::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        addColumn(TeamMember::username).setHeader("Username").setAutoWidth(true).setFlexGrow(1);
        if (owner) {
            addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
            addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        } else {
            addComponentColumn(member -> SecurityBadges.role(member.role())).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        }
        setAllRowsVisible(true);
        setEmptyStateComponent(new EmptyState("No members", owner
                ? "Add the people who run this team's models." : "This team has no members yet."));
        setItems(members);
    }

    private static Component name(TeamMember member) {
        HorizontalLayout name = new HorizontalLayout(new Span(member.displayName()));
        name.setAlignItems(FlexComponent.Alignment.CENTER);
        name.setSpacing(true);
        if (!member.enabled()) {
            name.add(Badges.badge("Disabled", Badges.Tone.ERROR));
        }
        return name;
    }

    private Component roleSelect(TeamMember member) {
        Select<TeamRole> role = new Select<>();
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(TeamRole::label);
        role.setValue(member.role());
        role.setAriaLabel("Role of " + member.username());
        role.addThemeVariants(SelectVariant.LUMO_SMALL);
        role.setWidth("9em");
        role.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                changeRole(member, event.getValue());
            }
        });
        return role;
    }

    private Component removeButton(TeamMember member) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> confirmRemove(member));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove " + member.username() + " from the team");
        remove.setTooltipText("Remove from the team");
        return remove;
    }

    private void changeRole(TeamMember member, TeamRole role) {
        try {
            teams.putMember(teamId, member.userId(), role);
            Notifications.success(member.displayName() + " is now " + role.label());
        } catch (InvalidInputException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        onChanged.run();
    }

    private void confirmRemove(TeamMember member) {
        ConfirmDialogs.confirmDestructive("Remove " + member.displayName() + "?",
                member.displayName() + " loses access to this team's models, dashboards and tickets.",
                "Remove member", () -> {
                    try {
                        teams.removeMember(teamId, member.userId());
                        Notifications.success("Removed " + member.displayName() + " from the team");
                    } catch (InvalidInputException | NotFoundException e) {
                        Notifications.error(e.getMessage());
                    }
                    onChanged.run();
                });
    }
}
