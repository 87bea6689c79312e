package dev.beacon.maintenance;

import dev.beacon.maintenance.internal.JooqCalendarTokenRepository;
import dev.beacon.maintenance.internal.JooqTicketQuery;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.SecretTokens;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Each person's iCalendar feed of the due dates of their open tickets. The feed is read by calendar apps without a
 * login, so its URL carries a secret; Beacon keeps only the secret's SHA-256. Making a new one replaces the old one,
 * revoking ends it: both URLs then answer 404.
 */
@Service
public class CalendarFeedService {

    static final String PREFIX = "bcal_";
    private static final String SUBJECT = "Calendar feed";

    private final JooqCalendarTokenRepository tokens;
    private final JooqTicketQuery query;
    private final TicketLinks links;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    CalendarFeedService(JooqCalendarTokenRepository tokens, JooqTicketQuery query, TicketLinks links,
                        CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.query = query;
        this.links = links;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The current user's feed, if they made one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CalendarFeed> calendarFeed() {
        return tokens.find(currentUser.id());
    }

    /** Makes a new feed URL for the current user, replacing any earlier one; the URL is shown this once only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String createCalendarToken() {
        String secret = SecretTokens.newSecret(PREFIX);
        tokens.replace(currentUser.id(), SecretTokens.displayPrefix(secret, PREFIX), SecretTokens.hash(secret),
                clock.instant());
        auditLog.recorded(subject(), "CREATED", "Created a calendar feed URL (earlier ones stop working)");
        return links.calendar(secret);
    }

    /** Ends the current user's feed: its URL answers 404 from now on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeCalendarToken() {
        if (tokens.delete(currentUser.id())) {
            auditLog.recorded(subject(), "REVOKED", "Revoked the calendar feed URL");
        }
    }

    /**
     * The calendar behind a feed secret, for calendar apps (no login): the open tickets with a due date assigned to
     * its owner. Empty for unknown or revoked secrets and for disabled users.
     */
    @Transactional(readOnly = true)
    public Optional<String> calendar(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.userOf(SecretTokens.hash(secret))
                .map(user -> ICalendar.of("Beacon tickets", query.openAndDueAssignedTo(user), links));
    }

    private AuditSubject subject() {
        return new AuditSubject(null, SUBJECT, currentUser.id().toString(), currentUser.username());
    }
}
