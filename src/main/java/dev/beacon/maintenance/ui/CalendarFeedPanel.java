package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.maintenance.CalendarFeedService;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.SecretDialog;
import dev.beacon.shared.ui.UserTime;

/**
 * The user's iCalendar feed of their open tickets' due dates: create it (its address is shown once, with a copy
 * button — the address is the secret), make a new one (the old address stops working) or revoke it.
 */
class CalendarFeedPanel extends Div {

    private final CalendarFeedService feeds;

    CalendarFeedPanel(CalendarFeedService feeds) {
        this.feeds = feeds;
        addClassName("calendar-feed");
        show();
    }

    private void show() {
        removeAll();
        var feed = feeds.calendarFeed();
        Paragraph about = new Paragraph();
        HorizontalLayout actions = new HorizontalLayout();
        if (feed.isEmpty()) {
            about.setText("Subscribe to your tickets' due dates in your calendar app. The feed's address is a secret: "
                    + "whoever has it sees your open tickets with due dates.");
            Button create = new Button("Create calendar feed", event -> create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        } else {
            about.setText("Your calendar feed is active since " + UserTime.format(feed.get().createdAt())
                    + " (address starting " + feed.get().tokenPrefix() + "…). Lost the address? Make a new one: the old one stops working.");
            Button regenerate = new Button("New address", event -> ConfirmDialogs.confirm("Make a new feed address?",
                    "Calendars subscribed to the current address stop getting updates.", "New address", this::create));
            Button revoke = new Button("Revoke", event -> ConfirmDialogs.confirmDestructive("Revoke the calendar feed?",
                    "Calendars subscribed to it stop getting updates.", "Revoke feed", this::revoke));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(regenerate, revoke);
        }
        add(about, actions);
    }

    private void create() {
        String url = feeds.createCalendarToken();
        new SecretDialog("Your calendar feed", "address", url, "calendar-feed-url",
                new Paragraph("Add it to your calendar app as a subscription (\"From URL\" or \"Subscribe to calendar\").")).open();
        show();
    }

    private void revoke() {
        feeds.revokeCalendarToken();
        Notifications.success("Revoked the calendar feed");
        show();
    }
}
