package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.dashboard.DashboardDefinition;
import dev.beacon.dashboard.Visibility;
import dev.beacon.shared.ui.FormDialog;

import java.util.function.Consumer;

/** Changes the name, description and sharing of the dashboard being edited; saved with the panels. */
class SettingsDialog extends FormDialog {

    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final RadioButtonGroup<Visibility> visibility = NewDashboardDialog.visibilityChoice();
    private final DashboardDefinition draft;
    private final Consumer<DashboardDefinition> onApply;

    SettingsDialog(DashboardDefinition draft, Consumer<DashboardDefinition> onApply) {
        super("Dashboard settings", "Apply");
        this.draft = draft;
        this.onApply = onApply;
        name.setMaxLength(DashboardDefinition.MAX_NAME);
        name.setValue(draft.name());
        description.setMaxLength(DashboardDefinition.MAX_DESCRIPTION);
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
        onApply.accept(new DashboardDefinition(name.getValue(), description.getValue(), visibility.getValue(), draft.panels()));
        return true;
    }
}
