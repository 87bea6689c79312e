package dev.beacon.maintenance;

import java.time.Instant;

/**
 * Whether a ticket silences its model's alert notifications while it is in progress, and the silence it holds now.
 *
 * @param silenceWhileInProgress the ticket's choice, or its type's default when nobody chose
 * @param silencedUntil          while the ticket holds a running silence: when that silence would end by itself
 *                               (the ticket ends it earlier when it leaves In progress); null otherwise
 */
public record TicketSilence(boolean silenceWhileInProgress, boolean chosen, Instant silencedUntil) {

    /** Work that changes the running model (and so trips its alerts) silences it by default; reviews and audits do not. */
    public static boolean defaultFor(TicketType type) {
        return switch (type) {
            case INCIDENT, MODEL_UPDATE, RETRAINING, SECURITY_PATCH, CONFIGURATION_CHANGE -> true;
            case SECURITY_AUDIT, THRESHOLD_REVIEW, OTHER -> false;
        };
    }
}
