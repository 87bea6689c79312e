package dev.beacon.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Says that Beacon has no SMTP server, so e-mail channels record failures instead of sending. */
final class MailWarning {

    static final String TEXT = "E-mail is not set up: Beacon has no SMTP server configured, so e-mail channels cannot "
            + "send anything (each attempt is recorded as failed). An administrator sets SPRING_MAIL_HOST (and "
            + "SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD) and restarts Beacon.";

    private MailWarning() {
    }

    static Component create() {
        HorizontalLayout warning = new HorizontalLayout(VaadinIcon.WARNING.create(), new Span(TEXT));
        warning.setAlignItems(FlexComponent.Alignment.START);
        warning.addClassName("beacon-mail-warning");
        warning.getStyle().set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-5pct))")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("margin-bottom", "var(--lumo-space-s)");
        warning.getElement().setAttribute("role", "status");
        return warning;
    }
}
