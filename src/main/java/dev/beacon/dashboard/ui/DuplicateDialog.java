package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardDefinition;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

import java.util.List;

/** Copies a dashboard into a team where the user is an Editor, under a new name, and opens the copy. */
class DuplicateDialog extends FormDialog {

    private final DashboardService dashboards;
    private final Dashboard source;
    private final Select<TeamChoice> team = new Select<>();
    private final TextField name = new TextField("Name of the copy");

    DuplicateDialog(DashboardService dashboards, Dashboard source, List<TeamChoice> teams) {
        super("Duplicate " + source.name(), "Duplicate");
        this.dashboards = dashboards;
        this.source = source;
        team.setLabel("Team");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamChoice::name);
        team.setValue(teams.stream().filter(t -> t.id().equals(source.team())).findFirst().orElse(teams.getFirst()));
        name.setMaxLength(DashboardDefinition.MAX_NAME);
        name.setValue(("Copy of " + source.name()).substring(0, Math.min(DashboardDefinition.MAX_NAME, source.name().length() + 8)));
        errors.bind("name", name);
        form.add(team, name);
        if (source.panels().stream().anyMatch(panel -> panel.hiddenModels() > 0)) {
            name.setHelperText("Models you cannot see are left out of the copy.");
        }
    }

    void openDialog() {
        openFocused(name);
    }

    @Override
    protected boolean save() {
        Dashboard[] copy = new Dashboard[1];
        boolean saved = FormSubmission.succeeded(errors, () -> copy[0] = dashboards.duplicate(source.id(), team.getValue().id(),
                name.getValue()));
        if (saved) {
            Notifications.success("Created " + copy[0].name());
            UI.getCurrent().navigate(DashboardView.route(copy[0].id()));
        }
        return saved;
    }
}
