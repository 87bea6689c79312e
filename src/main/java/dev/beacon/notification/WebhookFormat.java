package dev.beacon.notification;

/** The body a webhook channel posts. */
public enum WebhookFormat {
    /** Beacon's own JSON: every field of the notice. */
    BEACON("Beacon JSON"),
    /** Slack's incoming-webhook shape, {"text": …, "blocks": […]}; Mattermost and others read it too. */
    SLACK("Slack-compatible");

    private final String label;

    WebhookFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
