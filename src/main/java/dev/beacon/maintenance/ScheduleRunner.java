package dev.beacon.maintenance;

import dev.beacon.maintenance.internal.JooqScheduleQuery;
import dev.beacon.maintenance.internal.JooqScheduleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens the tickets of the schedules that are due, each exactly once across instances and restarts: in one transaction
 * per schedule it locks the schedule's row (a second instance waits, then finds it no longer due), claims the
 * occurrence (schedule, due time) — a row that exists for ever after — opens the ticket as Beacon (assigned to the
 * schedule's default assignee, who is notified) and marks the schedule as waiting for that ticket. An occurrence found
 * claimed already is never opened again; the schedule moves one step on. A failing schedule does not stop the others.
 */
@Component
public class ScheduleRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRunner.class);

    private final JooqScheduleRepository repository;
    private final JooqScheduleQuery query;
    private final TicketOpener opener;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Who claimed an occurrence, as maintenance_occurrence.opened_by shows it: unique per instance. */
    private final String instance = "pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID().toString().substring(0, 8);

    ScheduleRunner(JooqScheduleRepository repository, JooqScheduleQuery query, TicketOpener opener,
                   TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.query = query;
        this.opener = opener;
        this.transactions = transactions;
        this.clock = clock;
    }

    public String instanceName() {
        return instance;
    }

    /** Opens every due schedule's ticket; answers the tickets this call opened. */
    public List<Ticket> runOnce() {
        Instant now = clock.instant();
        List<Ticket> opened = new ArrayList<>();
        for (ScheduleId schedule : repository.due(now)) {
            try {
                transactions.execute(status -> open(schedule, now)).ifPresent(opened::add);
            } catch (RuntimeException e) {
                log.warn("Schedule {} could not open its ticket: {}", schedule, e.getMessage());
            }
        }
        return opened;
    }

    private Optional<Ticket> open(ScheduleId id, Instant now) {
        Optional<Instant> due = repository.lockIfDue(id, now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Schedule schedule = query.find(id).orElseThrow();
        if (!repository.claim(id, due.get(), instance, now)) {
            repository.passOver(id, schedule.data().recurrence().skip(due.get()));
            return Optional.empty();
        }
        TicketData data = schedule.data().ticketOn(due.get().atZone(schedule.data().recurrence().zone()).toLocalDate());
        Ticket ticket = opener.open(schedule.team(), data, null, id);
        repository.opened(id, due.get(), ticket.id());
        return Optional.of(ticket);
    }
}
