package dev.beacon.maintenance;

import dev.beacon.alerting.Silence;
import dev.beacon.alerting.SilenceData;
import dev.beacon.alerting.SilenceService;
import dev.beacon.maintenance.internal.JooqTicketSilenceRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts and ends the silence of a ticket in progress (see {@link TicketSilenceService}): listens to {@link TicketMoved}
 * inside the moving transaction; alerting's {@link SilenceService} checks the mover's rights and audits each silence.
 */
@Component
class TicketSilencer {

    private final TicketService tickets;
    private final SilenceService silences;
    private final JooqTicketSilenceRepository repository;

    TicketSilencer(TicketService tickets, SilenceService silences, JooqTicketSilenceRepository repository) {
        this.tickets = tickets;
        this.silences = silences;
        this.repository = repository;
    }

    @EventListener
    void on(TicketMoved moved) {
        if (moved.model() == null || moved.from() == moved.to()) {
            return;
        }
        if (moved.to() == TicketStatus.IN_PROGRESS) {
            Ticket ticket = tickets.get(moved.ticket());
            if (wanted(ticket)) {
                start(ticket);
            }
        } else if (moved.from() == TicketStatus.IN_PROGRESS) {
            end(tickets.get(moved.ticket()));
        }
    }

    boolean wanted(Ticket ticket) {
        return repository.choice(ticket.id()).orElse(TicketSilence.defaultFor(ticket.data().type()));
    }

    void start(Ticket ticket) {
        if (ticket.model() == null || running(ticket).isPresent()) {
            return;
        }
        Instant now = silences.now();
        Silence silence = silences.create(ticket.team(), new SilenceData(ticket.model(), null, null, now,
                now.plus(TicketSilenceService.LONGEST), "Ticket " + ticket.reference() + " in progress"));
        repository.holdSilence(ticket.id(), wanted(ticket), silence.id());
    }

    void end(Ticket ticket) {
        Optional<Silence> silence = running(ticket);
        if (silence.isPresent()) {
            silences.endEarly(silence.get().id());
        }
        if (repository.silenceOf(ticket.id()).isPresent()) {
            repository.holdSilence(ticket.id(), wanted(ticket), null);
        }
    }

    /** The silence the ticket holds, while it still silences (nobody ended it, it has not run out). */
    Optional<Silence> running(Ticket ticket) {
        Optional<UUID> held = repository.silenceOf(ticket.id());
        if (held.isEmpty()) {
            return Optional.empty();
        }
        return silences.silences(ticket.team()).stream()
                .filter(silence -> silence.id().equals(held.get()) && silences.isRunning(silence))
                .findFirst();
    }
}
