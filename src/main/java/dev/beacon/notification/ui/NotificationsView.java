package dev.beacon.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.beacon.notification.InboxItem;
import dev.beacon.notification.InboxService;
import dev.beacon.notification.Severity;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The signed-in person's in-app notifications, newest first, unread ones marked. Opening one follows its link and
 * marks it read; "Mark read" and "Mark all read" do so without leaving the page.
 */
@Route("notifications")
@PageTitle("Notifications")
@Menu(title = "Notifications", order = 5, icon = "vaadin:bell")
@PermitAll
class NotificationsView extends Main {

    private final InboxService inbox;
    private final Div list = new Div();
    private final Button markAll = new Button("Mark all read", VaadinIcon.CHECK_SQUARE_O.create());

    NotificationsView(InboxService inbox) {
        this.inbox = inbox;
        addClassName("beacon-page");
        getStyle().set("max-width", "900px");
        markAll.addClickListener(event -> {
            int marked = inbox.markAllRead();
            Notifications.success(marked == 1 ? "Marked 1 notification read" : "Marked " + marked + " notifications read");
            refresh();
        });
        HorizontalLayout header = new HorizontalLayout(new Paragraph("What Beacon told you and your teams in the app."), markAll);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", "Notifications");
        add(header, list);
        refresh();
    }

    private void refresh() {
        List<InboxItem> items = inbox.items();
        list.removeAll();
        markAll.setEnabled(items.stream().anyMatch(InboxItem::unread));
        if (items.isEmpty()) {
            list.add(new EmptyState("No notifications yet", "Alerts and tickets of your teams appear here when their "
                    + "owners add an in-app channel on the team page."));
        }
        items.forEach(item -> list.add(row(item)));
    }

    private Component row(InboxItem item) {
        Button title = new Button(item.title(), event -> open(item));
        title.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        title.addClassName("beacon-notification-title");
        // a long title wraps instead of pushing the time and "Mark read" out of the page
        title.getStyle().set("font-weight", item.unread() ? "600" : "400").set("white-space", "normal").set("height", "auto")
                .set("text-align", "start").set("min-width", "0");
        Span when = new Span(UserTime.format(item.createdAt()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
        HorizontalLayout top = new HorizontalLayout(severity(item.severity()), title, when);
        top.setWidthFull();
        top.setFlexGrow(1, title);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (item.unread()) {
            top.add(Badges.badge("Unread", Badges.Tone.CONTRAST));
            Button read = new Button("Mark read", event -> {
                inbox.markRead(item.notice());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            read.setAriaLabel("Mark read: " + item.title());
            top.add(read);
        }
        Div row = new Div(top);
        if (!item.body().isEmpty()) {
            Paragraph body = new Paragraph(item.body());
            body.getStyle().set("margin", "0").set("white-space", "pre-line");
            row.add(body);
        }
        row.getElement().setAttribute("role", "listitem");
        row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    /** Marks the notification read and follows its link (or stays, when it has none). */
    private void open(InboxItem item) {
        inbox.markRead(item.notice());
        if (item.link() == null) {
            refresh();
        } else {
            getUI().ifPresent(ui -> ui.navigate(item.link()));
        }
    }

    private static Component severity(Severity severity) {
        return Badges.badge(severity.label(), switch (severity) {
            case CRITICAL -> Badges.Tone.ERROR;
            case WARNING -> Badges.Tone.WARNING;
            case RESOLVED -> Badges.Tone.SUCCESS;
            case INFO -> Badges.Tone.NEUTRAL;
        });
    }
}
