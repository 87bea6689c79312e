package dev.beacon.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.security.NewUser;
import dev.beacon.security.PasswordPolicy;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import dev.beacon.security.UserProfile;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

import java.util.function.Consumer;

/** Creates a user account with an initial password that the ADMIN passes on to its owner. */
class NewUserDialog extends FormDialog {

    private final UserAdminService users;
    private final Consumer<UserAccount> onCreated;
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Display name");
    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("Initial password");
    private final Checkbox admin = new Checkbox("Administrator (manages users and all teams)");

    NewUserDialog(UserAdminService users, Consumer<UserAccount> onCreated) {
        super("New user", "Create user");
        this.users = users;
        this.onCreated = onCreated;
        username.setHelperText("2–40 lowercase letters, digits, dots, dashes or underscores");
        username.setMaxLength(NewUser.MAX_USERNAME);
        displayName.setMaxLength(UserProfile.MAX_DISPLAY_NAME);
        email.setMaxLength(UserProfile.MAX_EMAIL);
        password.setMaxLength(PasswordPolicy.MAX_BYTES);
        password.setHelperText(PasswordPolicy.HINT);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[]{username, displayName, email, password}) {
            field.setRequiredIndicatorVisible(true);
        }
        errors.bind("username", username).bind("displayName", displayName).bind("email", email)
                .bind("password", password).bind("admin", admin);
        form.add(username, displayName, email, password, admin);
    }

    void openDialog() {
        openFocused(username);
    }

    @Override
    protected boolean save() {
        NewUser user = new NewUser(username.getValue(), displayName.getValue(), email.getValue(), password.getValue(),
                admin.getValue());
        UserAccount[] created = new UserAccount[1];
        if (FormSubmission.succeeded(errors, () -> created[0] = users.create(user))) {
            onCreated.accept(created[0]);
            return true;
        }
        return false;
    }
}
