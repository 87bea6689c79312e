package dev.beacon.maintenance;

import dev.beacon.maintenance.internal.JooqTicketQuery;
import dev.beacon.maintenance.internal.JooqTicketRepository;
import dev.beacon.shared.UserId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a ticket's activity history: one entry per changed field, with values as people read them (display names,
 * type and priority labels, ISO dates, labels joined by ", "), so the history stays readable after renames and
 * without lookups.
 */
@Component
class TicketHistory {

    static final String CREATED = "created";
    static final String COMMENT = "comment";
    static final String STATUS = "status";
    static final String ASSIGNEE = "assignee";
    static final String VERSION_LABEL = "versionLabel";

    private final JooqTicketRepository repository;
    private final JooqTicketQuery query;

    TicketHistory(JooqTicketRepository repository, JooqTicketQuery query) {
        this.repository = repository;
        this.query = query;
    }

    void created(Ticket ticket, UserId actor, Instant at) {
        repository.recordChange(ticket.id(), actor, at, CREATED, null, ticket.headline());
    }

    void commented(TicketId ticket, UserId actor, String body, Instant at) {
        repository.recordChange(ticket, actor, at, COMMENT, null, body);
    }

    void moved(TicketId ticket, UserId actor, TicketStatus from, TicketStatus to, String newVersionLabel, Instant at) {
        repository.recordChange(ticket, actor, at, STATUS, from.label(), to.label());
        if (newVersionLabel != null) {
            repository.recordChange(ticket, actor, at, VERSION_LABEL, null, newVersionLabel);
        }
    }

    void assigned(TicketId ticket, UserId actor, UserId from, UserId to, Instant at) {
        Map<UserId, String> names = names(from, to);
        repository.recordChange(ticket, actor, at, ASSIGNEE, from == null ? null : names.get(from),
                to == null ? null : names.get(to));
    }

    /** One entry per field of the form that changed; the assignee's is written by {@link #assigned}. */
    void edited(TicketId ticket, UserId actor, Ticket before, TicketData after, String modelNameAfter, Instant at) {
        TicketData old = before.data();
        record(ticket, actor, at, "type", old, after, data -> data.type().label());
        record(ticket, actor, at, "title", old, after, TicketData::title);
        record(ticket, actor, at, "description", old, after, data -> blankToNull(data.description()));
        record(ticket, actor, at, "priority", old, after, data -> data.priority().label());
        record(ticket, actor, at, "dueDate", old, after, data -> data.dueDate() == null ? null : data.dueDate().toString());
        record(ticket, actor, at, "labels", old, after,
                data -> data.labels().isEmpty() ? null : String.join(", ", data.labels()));
        if (!Objects.equals(old.modelId(), after.modelId())) {
            repository.recordChange(ticket, actor, at, "model", before.modelName(), modelNameAfter);
        }
    }

    private void record(TicketId ticket, UserId actor, Instant at, String field, TicketData before, TicketData after,
                        Function<TicketData, String> readable) {
        String oldValue = readable.apply(before);
        String newValue = readable.apply(after);
        if (!Objects.equals(oldValue, newValue)) {
            repository.recordChange(ticket, actor, at, field, oldValue, newValue);
        }
    }

    private Map<UserId, String> names(UserId... users) {
        Set<UserId> known = new HashSet<>();
        for (UserId user : users) {
            if (user != null) {
                known.add(user);
            }
        }
        return known.isEmpty() ? Map.of() : query.displayNames(known);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
