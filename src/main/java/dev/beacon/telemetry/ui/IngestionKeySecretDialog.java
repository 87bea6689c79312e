package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.beacon.shared.ui.SecretDialog;
import dev.beacon.telemetry.IssuedIngestionKey;

/** Shows a new ingestion key once, with a curl command that sends one event with it, ready to paste. */
class IngestionKeySecretDialog extends SecretDialog {

    static final String SECRET_ID = "new-ingestion-key-secret";

    IngestionKeySecretDialog(IssuedIngestionKey issued, String curlExample) {
        super("Copy your new ingestion key \"" + issued.key().name() + "\"", "key", issued.secret(), SECRET_ID,
                usage(curlExample));
    }

    private static Component usage(String curlExample) {
        Paragraph intro = new Paragraph("Clients send it as \"Authorization: Bearer <key>\". Try it: this sends one request event.");
        intro.getStyle().set("margin", "0");
        Pre example = new Pre(curlExample);
        example.addClassName("beacon-code");
        example.setId("new-ingestion-key-example");
        Button copy = new Button("Copy example", VaadinIcon.COPY.create());
        copy.addClickListener(event -> copyToClipboard(copy, curlExample, "Copied the example to the clipboard"));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new Div(intro, example, copy);
    }
}
