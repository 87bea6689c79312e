package dev.beacon.notification.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.notification.InboxService;
import dev.beacon.shared.ui.NavbarItem;

/** Puts the notification bell into the main layout's top bar. */
@org.springframework.stereotype.Component
class NotificationBellItem implements NavbarItem {

    private final InboxService inbox;

    NotificationBellItem(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create() {
        return new NotificationBell(inbox);
    }
}
