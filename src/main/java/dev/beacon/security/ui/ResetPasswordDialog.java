package dev.beacon.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.beacon.security.PasswordPolicy;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;

/** Sets a new password for a user who forgot theirs. */
class ResetPasswordDialog extends FormDialog {

    private final UserAdminService users;
    private final UserAccount user;
    private final PasswordField password = new PasswordField("New password");

    ResetPasswordDialog(UserAdminService users, UserAccount user) {
        super("Reset password of " + user.username(), "Reset password");
        this.users = users;
        this.user = user;
        password.setHelperText(PasswordPolicy.HINT);
        password.setMaxLength(PasswordPolicy.MAX_BYTES);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        errors.bind("password", password);
        Paragraph hint = new Paragraph("Pass the new password to " + user.displayName()
                + " through a safe channel and ask them to change it after signing in. Resetting also signs them"
                + " out everywhere and revokes their API tokens.");
        hint.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)");
        form.add(hint, password);
    }

    void openDialog() {
        openFocused(password);
    }

    @Override
    protected boolean save() {
        if (FormSubmission.succeeded(errors, () -> users.resetPassword(user.id(), password.getValue()))) {
            Notifications.success("Reset the password of " + user.username());
            return true;
        }
        return false;
    }
}
