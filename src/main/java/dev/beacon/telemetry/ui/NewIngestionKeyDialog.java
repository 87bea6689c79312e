package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.telemetry.IngestionKeyService;
import dev.beacon.telemetry.IssuedIngestionKey;
import dev.beacon.telemetry.KeyModelChoice;
import dev.beacon.telemetry.NewIngestionKey;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Asks for a new key's name, optional model and expiry, and hands the issued key (with its secret) on. */
class NewIngestionKeyDialog extends FormDialog {

    private final IngestionKeyService keys;
    private final TeamId team;
    private final Clock clock;
    private final Consumer<IssuedIngestionKey> onCreated;
    private final TextField name = new TextField("Name");
    private final ComboBox<KeyModelChoice> model = new ComboBox<>("Only for model");
    private final Select<KeyExpiry> expiry = new Select<>();

    NewIngestionKeyDialog(IngestionKeyService keys, TeamId team, List<KeyModelChoice> models, Clock clock,
                          Consumer<IssuedIngestionKey> onCreated) {
        super("New ingestion key", "Create key");
        this.keys = keys;
        this.team = team;
        this.clock = clock;
        this.onCreated = onCreated;
        name.setHelperText("Where the key is used, e.g. \"gateway-eu\" or \"otel-collector\"");
        name.setMaxLength(80);
        name.setRequiredIndicatorVisible(true);
        model.setItems(models);
        model.setItemLabelGenerator(KeyModelChoice::name);
        model.setClearButtonVisible(true);
        model.setPlaceholder("All models of the team");
        model.setHelperText("Leave empty to let the key write telemetry for every model of the team");
        expiry.setLabel("Expires");
        expiry.setItems(KeyExpiry.values());
        expiry.setItemLabelGenerator(KeyExpiry::label);
        expiry.setValue(KeyExpiry.NEVER);
        errors.bind("name", name).bind("modelId", model).bind("expiresAt", expiry);
        keepEnterIn(expiry);
        form.add(name, model, expiry);
    }

    void openDialog() {
        openFocused(name);
    }

    @Override
    protected boolean save() {
        IssuedIngestionKey[] issued = new IssuedIngestionKey[1];
        Duration validFor = expiry.getValue() == null ? null : expiry.getValue().duration();
        NewIngestionKey request = new NewIngestionKey(name.getValue(), model.getValue() == null ? null : model.getValue().id(),
                validFor == null ? null : clock.instant().plus(validFor));
        boolean created = FormSubmission.succeeded(errors, () -> issued[0] = keys.create(team, request));
        if (created) {
            onCreated.accept(issued[0]);
        }
        return created;
    }
}
