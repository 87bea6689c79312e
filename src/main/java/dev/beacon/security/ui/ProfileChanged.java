package dev.beacon.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;
import dev.beacon.security.UserAccount;

/** The signed-in user saved their profile; the frame around the page shows the new name at once. */
class ProfileChanged extends ComponentEvent<UI> {

    private final UserAccount account;

    ProfileChanged(UI ui, UserAccount account) {
        super(ui, false);
        this.account = account;
    }

    UserAccount account() {
        return account;
    }
}
