package dev.beacon.maintenance;

import dev.beacon.maintenance.internal.JooqTicketSilenceRepository;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Optional;

/**
 * Silences a model's alert notifications while a ticket about it is in progress (alerting's silences: the alerts are
 * still evaluated and recorded, only their notices are held back): moving the ticket to In progress starts a silence
 * of the model named after the ticket ("Ticket #12 in progress"), moving it on (done, won't do, back to open) ends it
 * ({@link TicketSilencer}). Whether a ticket does so is its own choice, by default its type's
 * ({@link TicketSilence#defaultFor}). A silence lasts at most {@link #LONGEST} and then ends by itself, so a forgotten
 * ticket does not mute a model for ever. VIEWERs of the ticket's team read the choice, EDITORs change it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TicketSilenceService {

    public static final Duration LONGEST = Duration.ofDays(30);

    private final TicketService tickets;
    private final TicketSilencer silencer;
    private final JooqTicketSilenceRepository repository;
    private final TeamAccess access;

    TicketSilenceService(TicketService tickets, TicketSilencer silencer, JooqTicketSilenceRepository repository,
                         TeamAccess access) {
        this.tickets = tickets;
        this.silencer = silencer;
        this.repository = repository;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public TicketSilence status(TicketId id) {
        Ticket ticket = tickets.get(id);
        Optional<Boolean> choice = repository.choice(id);
        return new TicketSilence(silencer.wanted(ticket), choice.isPresent(),
                silencer.running(ticket).map(silence -> silence.data().endsAt()).orElse(null));
    }

    /** The ticket's choice; a ticket in progress starts or ends its silence at once. */
    @Transactional
    public TicketSilence choose(TicketId id, boolean silence) {
        Ticket ticket = tickets.get(id);
        access.require(ticket.team(), TeamRole.EDITOR, "Ticket");
        repository.choose(id, silence);
        if (ticket.status() == TicketStatus.IN_PROGRESS) {
            if (silence) {
                silencer.start(ticket);
            } else {
                silencer.end(ticket);
            }
        }
        return status(id);
    }
}
