package dev.beacon.notification;

/** How a channel reaches people. */
public enum ChannelType {
    EMAIL("E-mail"),
    WEBHOOK("Webhook"),
    IN_APP("In-app");

    private final String label;

    ChannelType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
