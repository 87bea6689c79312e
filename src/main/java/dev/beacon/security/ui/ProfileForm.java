package dev.beacon.security.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.security.AccountService;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserProfile;
import dev.beacon.shared.ui.FieldErrors;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;

import java.time.ZoneId;

/** Edits the user's own display name, email and time zone. */
class ProfileForm extends Div {

    private final AccountService accounts;
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Display name");
    private final EmailField email = new EmailField("Email");
    private final TimeZoneField timeZone = new TimeZoneField("Follow my browser");
    private final FieldErrors errors = new FieldErrors();
    private final Button save = new Button("Save profile");
    private UserAccount account;

    ProfileForm(AccountService accounts) {
        this.accounts = accounts;
        username.setReadOnly(true);
        displayName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        errors.bind("displayName", displayName).bind("email", email).bind("timeZone", timeZone);

        FormLayout fields = new FormLayout(username, displayName, email, timeZone);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.getStyle().set("margin-top", "var(--lumo-space-m)");
        save.addClickListener(event -> save());
        save.addClickShortcut(Key.ENTER).listenOn(fields);
        add(fields, save);
        read(accounts.myAccount());
    }

    private void read(UserAccount account) {
        this.account = account;
        username.setValue(account.username());
        displayName.setValue(account.displayName());
        email.setValue(account.email());
        timeZone.showZone(account.timeZone());
        showZoneInUse();
    }

    private void save() {
        UserProfile profile = new UserProfile(displayName.getValue(), email.getValue(), timeZone.zoneId());
        try {
            if (FormSubmission.succeeded(errors, () -> read(accounts.updateProfile(account.version(), profile)))) {
                UserTime.useProfileZone(account.timeZone() == null ? null : ZoneId.of(account.timeZone()));
                showZoneInUse();
                getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new ProfileChanged(ui, account)));
                Notifications.success("Saved your profile");
            }
        } finally {
            save.setEnabled(true);
        }
    }

    /** Also shows a time, so a changed zone is visible at once. */
    private void showZoneInUse() {
        username.setHelperText("Account created " + UserTime.format(account.createdAt())
                + ". Only an administrator can change usernames.");
        String zone = UserTime.zone().getId();
        timeZone.setHelperText(account.timeZone() == null
                ? "Beacon shows times in your browser's zone, " + zone
                : "Beacon shows times in " + zone);
    }
}
