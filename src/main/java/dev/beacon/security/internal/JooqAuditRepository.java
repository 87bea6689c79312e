package dev.beacon.security.internal;

import dev.beacon.security.AuditEntry;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.AuditSubject;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static dev.beacon.jooq.Tables.TEAM;

@Repository
public class JooqAuditRepository {

    /** The audit_entry limits of V0002, in characters (PostgreSQL counts code points). */
    static final int MAX_NAME = 300;
    static final int MAX_KEYWORD = 100;
    static final int MAX_SUMMARY = 4000;

    private final DSLContext db;
    private final JsonMapper json;

    JooqAuditRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Appends an entry. Text longer than the table allows (see V0002) is shortened rather than refused:
     * an entry describes what people typed, and recording it must never make their change fail.
     *
     * @param actorApiToken the personal API token the actor used, or null
     */
    public void append(UserId actor, String actorName, UUID actorApiToken, AuditSubject subject, String action,
                       String summary, Map<String, ?> before, Map<String, ?> after) {
        db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ACTOR_USER_ID, actor)
                .set(AUDIT_ENTRY.ACTOR_NAME, shortened(actorName, MAX_NAME))
                .set(AUDIT_ENTRY.ACTOR_API_TOKEN_ID, actorApiToken)
                .set(AUDIT_ENTRY.TEAM_ID, subject.team())
                .set(AUDIT_ENTRY.ENTITY_TYPE, shortened(subject.type(), MAX_KEYWORD))
                .set(AUDIT_ENTRY.ENTITY_ID, shortened(subject.id(), MAX_NAME))
                .set(AUDIT_ENTRY.ENTITY_NAME, shortened(subject.name(), MAX_NAME))
                .set(AUDIT_ENTRY.ACTION, shortened(action, MAX_KEYWORD))
                .set(AUDIT_ENTRY.SUMMARY, shortened(summary, MAX_SUMMARY))
                .set(AUDIT_ENTRY.BEFORE_STATE, toJson(before))
                .set(AUDIT_ENTRY.AFTER_STATE, toJson(after))
                .execute();
    }

    /**
     * Entries matching the filter, newest first.
     *
     * @param teams the teams whose entries the reader may see, or null for everything (ADMIN)
     */
    public List<AuditEntry> find(AuditFilter filter, Set<TeamId> teams, int offset, int limit) {
        return db.select(AUDIT_ENTRY.AUDIT_ENTRY_ID, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.ACTOR_NAME,
                        AUDIT_ENTRY.ACTOR_API_TOKEN_ID, AUDIT_ENTRY.TEAM_ID, TEAM.NAME, AUDIT_ENTRY.ENTITY_TYPE, AUDIT_ENTRY.ENTITY_NAME,
                        AUDIT_ENTRY.ACTION, AUDIT_ENTRY.SUMMARY, AUDIT_ENTRY.BEFORE_STATE, AUDIT_ENTRY.AFTER_STATE)
                .from(AUDIT_ENTRY)
                .leftJoin(TEAM).on(TEAM.TEAM_ID.eq(AUDIT_ENTRY.TEAM_ID))
                .where(matching(filter, teams))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.AUDIT_ENTRY_ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), text(r.value11()), text(r.value12())));
    }

    public int count(AuditFilter filter, Set<TeamId> teams) {
        return db.fetchCount(AUDIT_ENTRY, matching(filter, teams));
    }

    private static Condition matching(AuditFilter filter, Set<TeamId> teams) {
        Condition condition = teams == null ? DSL.noCondition() : AUDIT_ENTRY.TEAM_ID.in(teams);
        if (filter.team() != null) {
            condition = condition.and(AUDIT_ENTRY.TEAM_ID.eq(filter.team()));
        }
        if (filter.entityType() != null) {
            condition = condition.and(AUDIT_ENTRY.ENTITY_TYPE.eq(filter.entityType()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String term = filter.text().strip();
            condition = condition.and(AUDIT_ENTRY.ACTOR_NAME.containsIgnoreCase(term)
                    .or(AUDIT_ENTRY.ENTITY_NAME.containsIgnoreCase(term))
                    .or(AUDIT_ENTRY.SUMMARY.containsIgnoreCase(term)));
        }
        return condition;
    }

    /** Cuts at a code point, not inside a surrogate pair, and marks the cut with "…". */
    static String shortened(String text, int maxCodePoints) {
        if (text == null || text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints - 1)) + "…";
    }

    private JSONB toJson(Map<String, ?> state) {
        return state == null ? null : JSONB.valueOf(json.writeValueAsString(state));
    }

    private static String text(JSONB value) {
        return value == null ? null : value.data();
    }
}
