package dev.beacon.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import dev.beacon.security.IssuedApiToken;
import dev.beacon.shared.ui.SecretDialog;

/** Shows a new token's secret, the only time anyone sees it, with a button that copies it. */
class TokenSecretDialog extends SecretDialog {

    TokenSecretDialog(IssuedApiToken issued) {
        super("Copy your new token \"" + issued.token().name() + "\"", "token", issued.secret(), "new-token-secret",
                usage());
    }

    private static Paragraph usage() {
        Paragraph usage = new Paragraph("Send it in the Authorization header: Authorization: Bearer <token>");
        usage.getStyle().set("margin", "0");
        return usage;
    }
}
