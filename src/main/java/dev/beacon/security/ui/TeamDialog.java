package dev.beacon.security.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.security.Team;
import dev.beacon.security.TeamData;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

import java.util.function.Consumer;
import java.util.function.Function;

/** Creates a team or edits its name and description. */
class TeamDialog extends FormDialog {

    private final Function<TeamData, Team> save;
    private final Consumer<Team> onSaved;
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");

    /**
     * @param save sends the data to the service (create or update) and returns the saved team
     */
    TeamDialog(String title, String saveText, TeamData initial, Function<TeamData, Team> save, Consumer<Team> onSaved) {
        super(title, saveText);
        this.save = save;
        this.onSaved = onSaved;
        name.setMaxLength(TeamData.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        description.setMaxLength(TeamData.MAX_DESCRIPTION);
        description.setHelperText("What the team runs, and how to reach it");
        description.setMinHeight("6em");
        keepEnterIn(description);
        name.setValue(initial.name() == null ? "" : initial.name());
        description.setValue(initial.description());
        errors.bind("name", name).bind("description", description);
        form.add(name, description);
    }

    void openDialog() {
        openFocused(name);
    }

    @Override
    protected boolean save() {
        Team[] saved = new Team[1];
        if (FormSubmission.succeeded(errors, () -> saved[0] = save.apply(new TeamData(name.getValue(), description.getValue())))) {
            onSaved.accept(saved[0]);
            return true;
        }
        return false;
    }
}
