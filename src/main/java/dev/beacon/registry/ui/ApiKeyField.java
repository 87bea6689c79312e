package dev.beacon.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.Notifications;

/**
 * The model form's API key: write-only. The field starts empty even when the model has a key (Beacon never shows
 * a saved key again); typing a key replaces it on save, "Remove key" removes it at once after a confirmation.
 */
class ApiKeyField extends HorizontalLayout {

    static final String NO_KEY = "Optional. Sent to the endpoint as 'Authorization: Bearer …'; stored encrypted";
    static final String KEY_SET = "Set — enter a new key to replace it";

    final PasswordField key = new PasswordField("API key");
    final Button remove = new Button("Remove key");

    ApiKeyField() {
        key.setMaxLength(ModelCredentials.MAX_API_KEY);
        key.setRevealButtonVisible(false);
        key.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        key.setHelperText(NO_KEY);
        key.setWidthFull();
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setPadding(false);
        add(key, remove);
    }

    /** For a model whose key state is known; {@code credentials} removes the key when asked. */
    void show(ModelId model, String modelName, boolean hasKey, ModelCredentials credentials) {
        showState(hasKey);
        remove.addClickListener(event -> ConfirmDialogs.confirmDestructive("Remove the API key?",
                "Beacon will call " + modelName + "'s endpoint without a key from now on.", "Remove key", () -> {
                    credentials.removeApiKey(model);
                    showState(false);
                    Notifications.success("API key removed");
                }));
    }

    /** The key typed in, or null when the field was left empty (keep what is stored). */
    String enteredKey() {
        return key.getValue().isBlank() ? null : key.getValue();
    }

    private void showState(boolean hasKey) {
        key.setHelperText(hasKey ? KEY_SET : NO_KEY);
        key.setPlaceholder(hasKey ? "••••••••" : "");
        remove.setVisible(hasKey);
    }
}
