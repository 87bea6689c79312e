package dev.beacon.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.beacon.notification.InboxService;

/**
 * The bell in the top bar: the signed-in person's unread count, kept current through Vaadin Push whenever a notice
 * arrives or something is marked read on this instance. A click opens the notifications page.
 */
class NotificationBell extends Button {

    private final InboxService inbox;
    private final Span count = new Span();
    private Runnable stopListening;

    NotificationBell(InboxService inbox) {
        this.inbox = inbox;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("notification-bell");
        count.setId("unread-count");
        count.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "pill", "small"));
        count.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
        setSuffixComponent(count);
        getStyle().set("margin-inline-end", "var(--lumo-space-m)");
        addClickListener(event -> UI.getCurrent().navigate(NotificationsView.class));
        show(inbox.unreadCount());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        stopListening = inbox.listen(unread -> ui.access(() -> show(unread)));
        show(inbox.unreadCount());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (stopListening != null) {
            stopListening.run();
        }
    }

    int shownCount() {
        return count.isVisible() ? Integer.parseInt(count.getText()) : 0;
    }

    private void show(int unread) {
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        setTooltipText(unread == 0 ? "No unread notifications" : unread + " unread notifications");
    }
}
