package dev.beacon.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserAdminService;
import dev.beacon.security.UserProfile;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;

import java.util.function.Consumer;

/** Edits another user's profile and ADMIN flag, guarded by the version the ADMIN saw. */
class EditUserDialog extends FormDialog {

    private final UserAdminService users;
    private final UserAccount user;
    private final Consumer<UserAccount> onSaved;
    private final TextField displayName = new TextField("Display name");
    private final EmailField email = new EmailField("Email");
    private final TimeZoneField timeZone = new TimeZoneField("Follow their browser");
    private final Checkbox admin = new Checkbox("Administrator (manages users and all teams)");

    EditUserDialog(UserAdminService users, UserAccount user, Consumer<UserAccount> onSaved) {
        super("Edit " + user.username(), "Save changes");
        this.users = users;
        this.user = user;
        this.onSaved = onSaved;
        displayName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(UserProfile.MAX_DISPLAY_NAME);
        email.setMaxLength(UserProfile.MAX_EMAIL);
        displayName.setValue(user.displayName());
        email.setValue(user.email());
        timeZone.showZone(user.timeZone());
        admin.setValue(user.admin());
        errors.bind("displayName", displayName).bind("email", email).bind("timeZone", timeZone).bind("admin", admin);
        form.add(displayName, email, timeZone, admin);
    }

    void openDialog() {
        openFocused(displayName);
    }

    @Override
    protected boolean save() {
        UserProfile profile = new UserProfile(displayName.getValue(), email.getValue(), timeZone.zoneId());
        UserAccount[] saved = new UserAccount[1];
        if (FormSubmission.succeeded(errors, () -> saved[0] = users.update(user.id(), user.version(), profile, admin.getValue()))) {
            onSaved.accept(saved[0]);
            return true;
        }
        return false;
    }
}
