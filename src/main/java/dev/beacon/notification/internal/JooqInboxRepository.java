package dev.beacon.notification.internal;

import dev.beacon.notification.InboxItem;
import dev.beacon.notification.NoticeId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import static dev.beacon.jooq.Tables.INBOX_ITEM;
import static dev.beacon.jooq.Tables.NOTICE;

/** Each person's in-app notices, read or not. */
@Repository
public class JooqInboxRepository {

    private final DSLContext db;

    JooqInboxRepository(DSLContext db) {
        this.db = db;
    }

    /** Puts the notice into these people's inboxes; someone who has it already keeps it as it is. */
    public void deliver(NoticeId notice, Collection<UserId> users, Instant now) {
        if (users.isEmpty()) {
            return;
        }
        var insert = db.insertInto(INBOX_ITEM, INBOX_ITEM.USER_ID, INBOX_ITEM.NOTICE_ID, INBOX_ITEM.CREATED_AT);
        users.forEach(user -> insert.values(user, notice, now));
        insert.onConflictDoNothing().execute();
    }

    public int unreadCount(UserId user) {
        return db.fetchCount(INBOX_ITEM, INBOX_ITEM.USER_ID.eq(user), INBOX_ITEM.READ_AT.isNull());
    }

    /** The newest first, by when the notice was requested (deliveries may finish in any order). */
    public List<InboxItem> items(UserId user, int limit) {
        return db.select(NOTICE.NOTICE_ID, NOTICE.KIND, NOTICE.SEVERITY, NOTICE.TITLE, NOTICE.BODY, NOTICE.LINK, NOTICE,
                        INBOX_ITEM.CREATED_AT, INBOX_ITEM.READ_AT)
                .from(INBOX_ITEM).join(NOTICE).on(NOTICE.NOTICE_ID.eq(INBOX_ITEM.NOTICE_ID))
                .where(INBOX_ITEM.USER_ID.eq(user))
                .orderBy(NOTICE.CREATED_AT.desc(), NOTICE.NOTICE_ID.desc())
                .limit(limit)
                .fetch(row -> new InboxItem(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(),
                        JooqNoticeRepository.stored(row.value7()).notice().fields(), row.value8(), row.value9()));
    }

    /** False when the person has no such notice. */
    public boolean markRead(UserId user, NoticeId notice, Instant now) {
        return db.update(INBOX_ITEM).set(INBOX_ITEM.READ_AT, now)
                .where(INBOX_ITEM.USER_ID.eq(user), INBOX_ITEM.NOTICE_ID.eq(notice), INBOX_ITEM.READ_AT.isNull())
                .execute() == 1 || db.fetchExists(INBOX_ITEM, INBOX_ITEM.USER_ID.eq(user), INBOX_ITEM.NOTICE_ID.eq(notice));
    }

    public int markAllRead(UserId user, Instant now) {
        return db.update(INBOX_ITEM).set(INBOX_ITEM.READ_AT, now)
                .where(INBOX_ITEM.USER_ID.eq(user), INBOX_ITEM.READ_AT.isNull()).execute();
    }
}
