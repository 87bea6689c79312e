package dev.beacon.telemetry.internal;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static dev.beacon.jooq.Tables.SHEDLOCK;

/**
 * Reads which ShedLock locks are held right now (by the database's clock), so the scrape and probe
 * schedule asks ShedLock only for targets that are due instead of trying every lock every second.
 * ShedLock alone decides who runs; this read only saves it work.
 */
@Repository
public class JooqTargetLocks {

    /** "Now" exactly as ShedLock writes and compares it (JdbcTemplateLockProvider.usingDbTime on PostgreSQL). */
    private static final Field<Instant> DB_NOW = DSL.field("timezone('utc', current_timestamp)", SHEDLOCK.LOCK_UNTIL.getDataType());

    private final DSLContext db;

    JooqTargetLocks(DSLContext db) {
        this.db = db;
    }

    public Set<String> heldWithPrefix(String... prefixes) {
        var condition = DSL.noCondition();
        for (String prefix : prefixes) {
            condition = condition.or(SHEDLOCK.NAME.startsWith(prefix));
        }
        return new HashSet<>(db.select(SHEDLOCK.NAME).from(SHEDLOCK)
                .where(condition, SHEDLOCK.LOCK_UNTIL.gt(DB_NOW))
                .fetch(SHEDLOCK.NAME));
    }
}
