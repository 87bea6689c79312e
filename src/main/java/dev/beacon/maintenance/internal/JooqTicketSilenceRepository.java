package dev.beacon.maintenance.internal;

import dev.beacon.maintenance.TicketId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

import static dev.beacon.jooq.Tables.TICKET_SILENCE;

/** Each ticket's choice to silence its model's alerts while in progress, and the silence it holds. */
@Repository
public class JooqTicketSilenceRepository {

    private final DSLContext db;

    JooqTicketSilenceRepository(DSLContext db) {
        this.db = db;
    }

    /** The ticket's own choice; empty when it follows its type's default. */
    public Optional<Boolean> choice(TicketId ticket) {
        return db.select(TICKET_SILENCE.SILENCE_WHILE_IN_PROGRESS).from(TICKET_SILENCE)
                .where(TICKET_SILENCE.TICKET_ID.eq(ticket)).fetchOptional(TICKET_SILENCE.SILENCE_WHILE_IN_PROGRESS);
    }

    public void choose(TicketId ticket, boolean silence) {
        db.insertInto(TICKET_SILENCE)
                .set(TICKET_SILENCE.TICKET_ID, ticket)
                .set(TICKET_SILENCE.SILENCE_WHILE_IN_PROGRESS, silence)
                .onConflict(TICKET_SILENCE.TICKET_ID).doUpdate()
                .set(TICKET_SILENCE.SILENCE_WHILE_IN_PROGRESS, silence)
                .execute();
    }

    /** The silence the ticket started, if it still knows one. */
    public Optional<UUID> silenceOf(TicketId ticket) {
        return db.select(TICKET_SILENCE.ALERT_SILENCE_ID).from(TICKET_SILENCE)
                .where(TICKET_SILENCE.TICKET_ID.eq(ticket), TICKET_SILENCE.ALERT_SILENCE_ID.isNotNull())
                .fetchOptional(TICKET_SILENCE.ALERT_SILENCE_ID);
    }

    /** Remembers the silence the ticket started (null: none), keeping its choice or the default it followed. */
    public void holdSilence(TicketId ticket, boolean choice, UUID silence) {
        db.insertInto(TICKET_SILENCE)
                .set(TICKET_SILENCE.TICKET_ID, ticket)
                .set(TICKET_SILENCE.SILENCE_WHILE_IN_PROGRESS, choice)
                .set(TICKET_SILENCE.ALERT_SILENCE_ID, silence)
                .onConflict(TICKET_SILENCE.TICKET_ID).doUpdate()
                .set(TICKET_SILENCE.ALERT_SILENCE_ID, silence)
                .execute();
    }
}
