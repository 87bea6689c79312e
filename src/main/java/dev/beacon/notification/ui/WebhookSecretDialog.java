package dev.beacon.notification.ui;

import com.vaadin.flow.component.html.Paragraph;
import dev.beacon.shared.ui.SecretDialog;

/** Shows a webhook's new signing secret once, with how receivers check the signature. */
final class WebhookSecretDialog {

    private WebhookSecretDialog() {
    }

    static void show(String secret) {
        new SecretDialog("Webhook signing secret", "secret", secret, "webhook-secret",
                new Paragraph("Every request carries X-Beacon-Signature: sha256=<hex>, the HMAC-SHA256 of the raw request "
                        + "body with this secret. Compute the same on your side and compare them in constant time; "
                        + "drop requests whose signature differs.")).open();
    }
}
