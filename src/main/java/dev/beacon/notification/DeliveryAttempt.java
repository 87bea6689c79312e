package dev.beacon.notification;

import java.time.Instant;

/**
 * One attempt to send a notice to one target.
 *
 * @param httpStatus the webhook's answer, null for other targets or when no answer came
 * @param error      why the attempt failed (an SMTP error, a refused address, a timeout), null when it succeeded
 * @param groupedWith how many other notices went in the same message (grouping); 0 when it went alone
 */
public record DeliveryAttempt(int attempt, Instant at, boolean delivered, Integer httpStatus, String error, Integer durationMs,
                              int groupedWith) {

    /** E.g. "sent with 2 others in one message"; empty when it went alone. */
    public String groupNote() {
        if (groupedWith == 0) {
            return "";
        }
        return (delivered ? "sent" : "tried") + " with " + groupedWith + (groupedWith == 1 ? " other" : " others") + " in one message";
    }
}
