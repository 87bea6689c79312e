package dev.beacon.maintenance;

import dev.beacon.alerting.RuleId;
import dev.beacon.maintenance.internal.JooqTicketQuery;
import dev.beacon.maintenance.internal.JooqTicketRepository;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Changes tickets on behalf of an {@link Actor}, after the caller checked that the actor may: writes the row, its
 * history, the audit entry, the notifications and the events, all in the caller's transaction. Shared by
 * {@link TicketService} (people) and {@link TicketOpener} (Beacon itself).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class TicketWork {

    static final String TICKET = "Ticket";
    private static final int MAX_VERSION_LABEL = 80;

    private final JooqTicketRepository repository;
    private final JooqTicketQuery query;
    private final TicketHistory history;
    private final TicketNotifier notifier;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketWork(JooqTicketRepository repository, JooqTicketQuery query, TicketHistory history, TicketNotifier notifier,
               AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.query = query;
        this.history = history;
        this.notifier = notifier;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a ticket with checked, normalized data. */
    Ticket open(TeamId team, TicketData data, Actor actor, RuleId alertRule, ScheduleId schedule) {
        Instant now = clock.instant();
        TicketId id = repository.insert(team, data, actor.id(), alertRule, schedule, now);
        Ticket ticket = load(id);
        history.created(ticket, actor.id(), now);
        if (data.assigneeId() != null) {
            assigned(ticket, null, actor, now);
        }
        auditLog.created(subject(ticket), snapshot(ticket));
        return ticket;
    }

    /** Saves checked, normalized form data if nobody changed the ticket since {@code version}. */
    Ticket update(Ticket before, int version, TicketData data, String modelName, Actor actor) {
        Instant now = clock.instant();
        if (!repository.update(before.id(), version, data, now)) {
            throw stale();
        }
        history.edited(before.id(), actor.id(), before, data, modelName, now);
        Ticket after = load(before.id());
        if (!Objects.equals(before.assignee(), data.assigneeId())) {
            assigned(after, before.assignee(), actor, now);
        }
        auditLog.updated(subject(after), snapshot(before), snapshot(after));
        return after;
    }

    Ticket assign(Ticket before, int version, UserId assignee, Actor actor) {
        if (Objects.equals(before.assignee(), assignee)) {
            requireVersion(before, version);
            return before;
        }
        Instant now = clock.instant();
        if (!repository.assign(before.id(), version, assignee, now)) {
            throw stale();
        }
        Ticket after = load(before.id());
        assigned(after, before.assignee(), actor, now);
        auditLog.updated(subject(after), snapshot(before), snapshot(after));
        return after;
    }

    /**
     * Moves the ticket along its workflow. Completing a model update or retraining on a model needs the new version
     * label; other work on a model may give one (e.g. a security patch that changed the runtime's version).
     */
    Ticket move(Ticket before, int version, TicketStatus to, String newVersionLabel, Actor actor) {
        // a stale caller judged the move on a status that is no longer there: tell them to reload first
        requireVersion(before, version);
        String refusal = before.status().refusal(to);
        if (refusal != null) {
            throw new InvalidInputException("status", refusal);
        }
        String label = versionLabelFor(before, to, newVersionLabel);
        Instant now = clock.instant();
        if (!repository.move(before.id(), version, to, label, now)) {
            throw stale();
        }
        history.moved(before.id(), actor.id(), before.status(), to, label, now);
        Ticket after = load(before.id());
        notifier.moved(after, before.status(), actor.id(), actor.name());
        auditLog.updated(subject(after), snapshot(before), snapshot(after));
        events.publishEvent(new TicketMoved(after.id(), after.team(), after.model(), after.data().type(),
                before.status(), to, now, actor.id(), label));
        return after;
    }

    TicketComment comment(Ticket ticket, String body, Actor actor) {
        String text = TicketData.lines(body);
        if (text.isEmpty()) {
            throw new InvalidInputException("body", "Enter a comment");
        }
        if (text.length() > TicketComment.MAX_BODY) {
            throw new InvalidInputException("body", "Use at most " + TicketComment.MAX_BODY + " characters");
        }
        Instant now = clock.instant();
        TicketComment comment = new TicketComment(repository.comment(ticket.id(), actor.id(), text, now), actor.id(),
                actor.name(), text, now);
        history.commented(ticket.id(), actor.id(), text, now);
        notifier.commented(ticket, actor.id(), actor.name(), text);
        events.publishEvent(new TicketCommented(ticket.id(), ticket.team(), ticket.model(), actor.id(), now));
        return comment;
    }

    void delete(Ticket ticket, int version) {
        if (!repository.delete(ticket.id(), version)) {
            throw stale();
        }
        auditLog.deleted(subject(ticket), snapshot(ticket));
    }

    Ticket load(TicketId id) {
        return query.find(id).orElseThrow(() -> new NotFoundException(TICKET));
    }

    private void assigned(Ticket after, UserId previous, Actor actor, Instant now) {
        history.assigned(after.id(), actor.id(), previous, after.assignee(), now);
        notifier.assigned(after, actor.id(), actor.name());
        events.publishEvent(new TicketAssigned(after.id(), after.team(), after.model(), previous, after.assignee(),
                now, actor.id()));
    }

    private static String versionLabelFor(Ticket ticket, TicketStatus to, String given) {
        String label = given == null || given.isBlank() ? null : given.strip();
        if (to != TicketStatus.DONE || ticket.model() == null) {
            return null;
        }
        if (label == null && ticket.data().type().changesModelVersion()) {
            throw new InvalidInputException("versionLabel",
                    "Enter the model's new version label to complete a " + ticket.data().type().label().toLowerCase());
        }
        if (label != null && label.length() > MAX_VERSION_LABEL) {
            throw new InvalidInputException("versionLabel", "Use at most " + MAX_VERSION_LABEL + " characters");
        }
        return label;
    }

    private static void requireVersion(Ticket ticket, int version) {
        if (ticket.version() != version) {
            throw stale();
        }
    }

    private static StaleDataException stale() {
        return new StaleDataException("This ticket");
    }

    private static AuditSubject subject(Ticket ticket) {
        return new AuditSubject(ticket.team(), TICKET, ticket.id().toString(), ticket.headline());
    }

    private static Map<String, Object> snapshot(Ticket ticket) {
        TicketData data = ticket.data();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", data.type().name());
        state.put("title", data.title());
        state.put("priority", data.priority().name());
        state.put("status", ticket.status().name());
        state.put("assignee", ticket.assigneeName());
        state.put("dueDate", data.dueDate() == null ? null : data.dueDate().toString());
        state.put("labels", String.join(", ", data.labels()));
        state.put("model", ticket.modelName());
        state.put("completedVersionLabel", ticket.completedVersionLabel());
        return state;
    }
}
