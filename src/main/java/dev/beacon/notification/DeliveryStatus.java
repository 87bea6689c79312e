package dev.beacon.notification;

/** Where a notice's delivery to one target stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or, after a failure, for its next one. */
    PENDING,
    /** An instance is sending it right now. */
    SENDING,
    DELIVERED,
    /** Every attempt failed, or the failure is one that retrying cannot fix (e.g. no SMTP server configured). */
    FAILED,
    /** Not sent: the same dedupe key went to this target within the repeat interval. */
    SUPPRESSED,
    /** Not sent: the channel's routing (minimum severity, model tags) does not take the notice. */
    SKIPPED
}
