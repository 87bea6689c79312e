package dev.beacon.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Shows a new secret (a personal API token, an ingestion key) the only time anyone sees it, with a
 * button that copies it and whatever explains its use below.
 */
public class SecretDialog extends Dialog {

    /**
     * @param kind     what the secret is, in lower case, e.g. "token" or "key"
     * @param secretId the DOM id of the element that holds the secret (tests and screen readers find it)
     */
    public SecretDialog(String title, String kind, String secret, String secretId, Component... usage) {
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);

        HorizontalLayout warning = new HorizontalLayout(VaadinIcon.WARNING.create(),
                new Span("Copy this " + kind + " now. Beacon does not store it and will not show it again. "
                        + "If you lose it, revoke it and create a new one."));
        warning.setAlignItems(FlexComponent.Alignment.START);
        warning.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-body-text-color))")
                .set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-5pct))")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        warning.getElement().setAttribute("role", "alert");

        Div shown = new Div(secret);
        shown.addClassName("beacon-secret");
        shown.setId(secretId);
        shown.getElement().setAttribute("aria-label", "New " + kind + " secret");

        Button copy = new Button("Copy " + kind, VaadinIcon.COPY.create(),
                event -> copyToClipboard(this, secret, "Copied the " + kind + " to the clipboard"));
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button done = new Button("I have copied it", event -> close());

        VerticalLayout content = new VerticalLayout(warning, shown);
        content.add(usage);
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

    /** Copies text with the browser's clipboard API; says so, or asks the user to copy by hand. */
    public static void copyToClipboard(Component source, String text, String successMessage) {
        source.getElement().executeJs("return navigator.clipboard.writeText($0)", text)
                .then(ok -> Notifications.success(successMessage),
                        failure -> Notifications.error("The browser did not allow copying. Select the text and copy it by hand."));
    }
}
