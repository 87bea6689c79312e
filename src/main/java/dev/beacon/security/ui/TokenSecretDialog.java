package dev.beacon.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.beacon.security.IssuedApiToken;
import dev.beacon.shared.ui.Notifications;

/** Shows a new token's secret, the only time anyone sees it, with a button that copies it. */
class TokenSecretDialog extends Dialog {

    TokenSecretDialog(IssuedApiToken issued) {
        setHeaderTitle("Copy your new token \"" + issued.token().name() + "\"");
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);

        HorizontalLayout warning = new HorizontalLayout(VaadinIcon.WARNING.create(),
                new Span("Copy this token now. Beacon does not store it and will not show it again. "
                        + "If you lose it, revoke it and create a new one."));
        warning.setAlignItems(FlexComponent.Alignment.START);
        warning.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-body-text-color))")
                .set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-5pct))")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        warning.getElement().setAttribute("role", "alert");

        Div secret = new Div(issued.secret());
        secret.addClassName("beacon-secret");
        secret.setId("new-token-secret");
        secret.getElement().setAttribute("aria-label", "New token secret");

        Button copy = new Button("Copy token", VaadinIcon.COPY.create(), event -> copy(issued.secret()));
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button done = new Button("I have copied it", event -> close());

        Paragraph usage = new Paragraph("Send it in the Authorization header: Authorization: Bearer <token>");
        usage.getStyle().set("margin", "0");
        VerticalLayout content = new VerticalLayout(warning, secret, usage);
        content.setPadding(false);
        content.setAlignItems(FlexComponent.Alignment.STRETCH);
        add(content);
        getFooter().add(done, copy);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                copy.focus();
            }
        });
    }

    private void copy(String secret) {
        getElement().executeJs("return navigator.clipboard.writeText($0)", secret)
                .then(ok -> Notifications.success("Copied the token to the clipboard"),
                        failure -> Notifications.error("The browser did not allow copying. Select the token and copy it by hand."));
    }
}
