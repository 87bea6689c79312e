package dev.beacon.maintenance.internal;

import dev.beacon.maintenance.CalendarFeed;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.CALENDAR_TOKEN;

/** Keeps each user's calendar-feed token, as its SHA-256 only. */
@Repository
public class JooqCalendarTokenRepository {

    private final DSLContext db;

    JooqCalendarTokenRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores the user's token, replacing the one they had. */
    public void replace(UserId user, String prefix, String hash, Instant now) {
        db.insertInto(CALENDAR_TOKEN)
                .set(CALENDAR_TOKEN.USER_ID, user)
                .set(CALENDAR_TOKEN.TOKEN_PREFIX, prefix)
                .set(CALENDAR_TOKEN.TOKEN_HASH, hash)
                .set(CALENDAR_TOKEN.CREATED_AT, now)
                .onConflict(CALENDAR_TOKEN.USER_ID)
                .doUpdate()
                .set(CALENDAR_TOKEN.TOKEN_PREFIX, prefix)
                .set(CALENDAR_TOKEN.TOKEN_HASH, hash)
                .set(CALENDAR_TOKEN.CREATED_AT, now)
                .execute();
    }

    /** Returns false when the user had no token. */
    public boolean delete(UserId user) {
        return db.deleteFrom(CALENDAR_TOKEN).where(CALENDAR_TOKEN.USER_ID.eq(user)).execute() == 1;
    }

    public Optional<CalendarFeed> find(UserId user) {
        return db.select(CALENDAR_TOKEN.TOKEN_PREFIX, CALENDAR_TOKEN.CREATED_AT)
                .from(CALENDAR_TOKEN)
                .where(CALENDAR_TOKEN.USER_ID.eq(user))
                .fetchOptional(Records.mapping(CalendarFeed::new));
    }

    /** The enabled user whose token has this hash. */
    public Optional<UserId> userOf(String hash) {
        return db.select(CALENDAR_TOKEN.USER_ID)
                .from(CALENDAR_TOKEN)
                .join(APP_USER).on(APP_USER.USER_ID.eq(CALENDAR_TOKEN.USER_ID))
                .where(CALENDAR_TOKEN.TOKEN_HASH.eq(hash), APP_USER.ENABLED.isTrue())
                .fetchOptional(CALENDAR_TOKEN.USER_ID);
    }
}
