package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.dashboard.DashboardData;
import dev.beacon.dashboard.Visibility;
import dev.beacon.shared.ui.FormDialog;

import java.util.function.Consumer;

/** Changes the name, description and sharing of the dashboard being edited; saved with the panels. */
class SettingsDialog extends FormDialog {

    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final RadioButtonGroup<Visibility> visibility = NewDashboardDialog.visibilityChoice();
    private final DashboardData draft;
    private final Consumer<DashboardData> onApply;

    SettingsDialog(DashboardData draft, Consumer<DashboardData> onApply) {
        super("Dashboard settings", "Apply");
        this.draft = draft;
        this.onApply = onApply;
        name.setMaxLength(DashboardData.MAX_NAME);
        name.setValue(draft.name());
        description.setMaxLength(DashboardData.MAX_DESCRIPTION);
        description.setValue(draft.description());
        visibility.setValue(draft.visibility());
        errors.bind("name", name);
        form.add(name, description, visibility);
        keepEnterIn(description);
    }

    void openDialog() {
        openFocused(name);
    }

    @Override
    protected boolean save() {
        if (name.getValue().isBlank()) {
            return !errors.show("name", "Enter a name");
        }
        onApply.accept(new DashboardData(name.getValue(), description.getValue(), visibility.getValue(), draft.panels()));
        return true;
    }
}
