package dev.beacon.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.beacon.security.AccountService;
import dev.beacon.security.PasswordPolicy;
import dev.beacon.shared.ui.FieldErrors;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

/** Changes the user's own password; the current one proves it is really them. */
class PasswordForm extends Div {

    private final AccountService accounts;
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField repeatPassword = new PasswordField("Repeat new password");
    private final FieldErrors errors = new FieldErrors();
    private final Button save = new Button("Change password");

    PasswordForm(AccountService accounts) {
        this.accounts = accounts;
        newPassword.setHelperText(PasswordPolicy.HINT);
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeatPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        errors.bind("currentPassword", currentPassword).bind("newPassword", newPassword).bind("repeat", repeatPassword);

        FormLayout fields = new FormLayout(currentPassword, newPassword, repeatPassword);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fields.getStyle().set("max-width", "360px");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.getStyle().set("margin-top", "var(--lumo-space-m)");
        save.addClickListener(event -> save());
        save.addClickShortcut(Key.ENTER).listenOn(fields);
        add(fields, save);
    }

    private void save() {
        try {
            errors.clear();
            if (!newPassword.getValue().equals(repeatPassword.getValue())) {
                repeatPassword.setErrorMessage("The two new passwords do not match");
                repeatPassword.setInvalid(true);
                repeatPassword.focus();
                return;
            }
            if (FormSubmission.succeeded(errors,
                    () -> accounts.changePassword(currentPassword.getValue(), newPassword.getValue()))) {
                currentPassword.clear();
                newPassword.clear();
                repeatPassword.clear();
                Notifications.success("Your password was changed. Use the new one the next time you sign in.");
            }
        } finally {
            save.setEnabled(true);
        }
    }
}
