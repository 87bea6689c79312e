package dev.beacon.notification.internal;

import dev.beacon.jooq.tables.records.NoticeRecord;
import dev.beacon.notification.Notice;
import dev.beacon.notification.NoticeId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static dev.beacon.jooq.Tables.NOTICE;

/** Notices: written once, when the outbox hands one over. */
@Repository
public class JooqNoticeRepository {

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final DSLContext db;

    JooqNoticeRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores the notice; false when it is already there (a resubmitted publication). */
    public boolean insert(NoticeId id, TeamId team, UserId user, Notice notice, Instant at) {
        return db.insertInto(NOTICE)
                .set(NOTICE.NOTICE_ID, id)
                .set(NOTICE.TEAM_ID, team)
                .set(NOTICE.USER_ID, user)
                .set(NOTICE.KIND, notice.kind())
                .set(NOTICE.SEVERITY, notice.severity())
                .set(NOTICE.TITLE, notice.title())
                .set(NOTICE.BODY, notice.body())
                .set(NOTICE.LINK, notice.link())
                .set(NOTICE.FIELDS, JSON.json(JSON_MAPPER.writeValueAsString(notice.fields())))
                .set(NOTICE.GROUP_KEY, notice.groupKey())
                .set(NOTICE.DEDUPE_KEY, notice.dedupeKey())
                .set(NOTICE.CREATED_AT, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    public Optional<StoredNotice> find(NoticeId id) {
        return db.selectFrom(NOTICE).where(NOTICE.NOTICE_ID.eq(id)).fetchOptional(JooqNoticeRepository::stored);
    }

    /**
     * Holds a transaction-long lock on the dedupe key, so two instances that hand over notices with the same key at
     * once decide one after the other whether it was sent already.
     */
    public void lockDedupeKey(String dedupeKey) {
        db.execute("select pg_advisory_xact_lock(hashtextextended({0}, 0))", DSL.val("notice-dedupe:" + dedupeKey));
    }

    static StoredNotice stored(NoticeRecord row) {
        Map<String, String> fields = JSON_MAPPER.readValue(row.getFields().data(), FIELDS);
        Notice notice = new Notice(row.getKind(), row.getSeverity(), row.getTitle(), row.getBody(), row.getLink(), fields,
                row.getGroupKey(), row.getDedupeKey(), null, null);
        return new StoredNotice(row.getNoticeId(), row.getTeamId(), row.getUserId(), notice, row.getCreatedAt());
    }
}
