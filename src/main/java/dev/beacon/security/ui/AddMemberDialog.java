package dev.beacon.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserReference;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

/** Picks a user who is not yet a member and adds them to the team with a role. */
class AddMemberDialog extends FormDialog {

    private final TeamService teams;
    private final TeamId teamId;
    private final Runnable onAdded;
    private final ComboBox<UserReference> user = new ComboBox<>("User");
    private final Select<TeamRole> role = new Select<>();

    AddMemberDialog(TeamService teams, TeamId teamId, Runnable onAdded) {
        super("Add member", "Add to team");
        this.teams = teams;
        this.teamId = teamId;
        this.onAdded = onAdded;
        user.setItems(query -> teams.findUsers(teamId, query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        user.setItemLabelGenerator(candidate -> candidate.displayName() + " (" + candidate.username() + ")");
        user.setPlaceholder("Type a name, username or email");
        user.setHelperText("Only enabled users who are not yet members are listed");
        user.setRequiredIndicatorVisible(true);
        role.setLabel("Role");
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(TeamRole::label);
        role.setValue(TeamRole.VIEWER);
        role.setHelperText("Viewers read; Editors also change models; Owners also manage members");
        errors.bind("user", user).bind("role", role);
        keepEnterIn(role);
        form.add(user, role);
    }

    void openDialog() {
        openFocused(user);
    }

    @Override
    protected boolean save() {
        UserReference chosen = user.getValue();
        if (chosen == null) {
            user.setErrorMessage("Choose the user to add");
            user.setInvalid(true);
            user.focus();
            return false;
        }
        if (FormSubmission.succeeded(errors, () -> teams.putMember(teamId, chosen.id(), role.getValue()))) {
            Notifications.success("Added " + chosen.displayName() + " as " + role.getValue().label());
            onAdded.run();
            return true;
        }
        return false;
    }
}
