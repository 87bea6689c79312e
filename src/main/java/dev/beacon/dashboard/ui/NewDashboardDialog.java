package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardDefinition;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.dashboard.Visibility;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

import java.util.List;

/** Creates an empty dashboard in one of the user's teams and opens it in edit mode, ready for panels. */
class NewDashboardDialog extends FormDialog {

    private final DashboardService dashboards;
    private final Select<TeamChoice> team = new Select<>();
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final RadioButtonGroup<Visibility> visibility = visibilityChoice();

    NewDashboardDialog(DashboardService dashboards, List<TeamChoice> teams) {
        super("New dashboard", "Create dashboard");
        this.dashboards = dashboards;
        team.setLabel("Team");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamChoice::name);
        team.setValue(teams.getFirst());
        name.setMaxLength(DashboardDefinition.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        description.setMaxLength(DashboardDefinition.MAX_DESCRIPTION);
        errors.bind("name", name).bind("description", description).bind("visibility", visibility);
        form.add(team, name, description, visibility);
        keepEnterIn(description, team);
    }

    /** Who may open a dashboard, as the radio buttons of every dashboard form offer it. */
    static RadioButtonGroup<Visibility> visibilityChoice() {
        RadioButtonGroup<Visibility> choice = new RadioButtonGroup<>("Who may open it");
        choice.setItems(Visibility.values());
        choice.setItemLabelGenerator(v -> v == Visibility.TEAM ? "The team's members" : "Everyone signed in (read-only)");
        choice.setValue(Visibility.TEAM);
        choice.setHelperText("The team's Editors and Owners change it either way.");
        return choice;
    }

    void openDialog() {
        openFocused(name);
    }

    @Override
    protected boolean save() {
        Dashboard[] created = new Dashboard[1];
        boolean saved = FormSubmission.succeeded(errors, () -> created[0] = dashboards.create(team.getValue().id(),
                DashboardDefinition.empty(name.getValue(), description.getValue(), visibility.getValue())));
        if (saved) {
            UI.getCurrent().navigate(DashboardView.route(created[0].id()), QueryParameters.of("edit", ""));
        }
        return saved;
    }
}
