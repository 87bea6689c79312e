package dev.beacon.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The three kinds of toast Beacon shows. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    /** Errors stay until closed, so nobody misses them. */
    public static void error(String text) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.BOTTOM_END);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close");
        HorizontalLayout content = new HorizontalLayout(new Span(text), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    public static void info(String text) {
        show(text, NotificationVariant.LUMO_CONTRAST, 4000);
    }

    private static Notification show(String text, NotificationVariant variant, int duration) {
        Notification notification = Notification.show(text, duration, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        return notification;
    }
}
