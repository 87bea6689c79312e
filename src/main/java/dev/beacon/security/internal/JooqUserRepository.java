package dev.beacon.security.internal;

import dev.beacon.jooq.tables.records.AppUserRecord;
import dev.beacon.security.SignedInUser;
import dev.beacon.security.UserAccount;
import dev.beacon.security.UserProfile;
import dev.beacon.security.UserReference;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.TEAM_MEMBERSHIP;

@Repository
public class JooqUserRepository {

    private final DSLContext db;

    JooqUserRepository(DSLContext db) {
        this.db = db;
    }

    public boolean isEmpty() {
        return !db.fetchExists(APP_USER);
    }

    public Optional<SignedInUser> findForLogin(String username) {
        return db.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(JooqUserRepository::toSignedInUser);
    }

    public Optional<SignedInUser> findForLogin(UserId id) {
        return db.selectFrom(APP_USER)
                .where(APP_USER.USER_ID.eq(id))
                .fetchOptional(JooqUserRepository::toSignedInUser);
    }

    public Optional<UserAccount> find(UserId id) {
        return db.selectFrom(APP_USER).where(APP_USER.USER_ID.eq(id)).fetchOptional(JooqUserRepository::toAccount);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(JooqUserRepository::toAccount);
    }

    public List<UserAccount> find(String text, int offset, int limit) {
        return db.selectFrom(APP_USER)
                .where(matching(text))
                .orderBy(APP_USER.USERNAME)
                .offset(offset)
                .limit(limit)
                .fetch(JooqUserRepository::toAccount);
    }

    public int count(String text) {
        return db.fetchCount(APP_USER, matching(text));
    }

    /** Enabled users matching the text who are not yet members of the team. */
    public List<UserReference> findEnabledNonMembers(TeamId team, String text, int limit) {
        return db.select(APP_USER.USER_ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(matching(text), APP_USER.ENABLED.isTrue(),
                        DSL.notExists(DSL.selectOne().from(TEAM_MEMBERSHIP)
                                .where(TEAM_MEMBERSHIP.TEAM_ID.eq(team), TEAM_MEMBERSHIP.USER_ID.eq(APP_USER.USER_ID))))
                .orderBy(APP_USER.USERNAME)
                .limit(limit)
                .fetch(Records.mapping(UserReference::new));
    }

    public UserAccount insert(String username, String displayName, String email, String passwordHash, boolean admin) {
        return db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ADMIN, admin)
                .returning()
                .fetchOne(JooqUserRepository::toAccount);
    }

    /** Returns false when the version no longer matches (someone else saved first). */
    public boolean updateProfile(UserId id, int version, UserProfile profile, Instant now) {
        return db.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, profile.displayName())
                .set(APP_USER.EMAIL, profile.email())
                .set(APP_USER.TIME_ZONE, profile.timeZone())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.USER_ID.eq(id), APP_USER.VERSION.eq(version))
                .execute() == 1;
    }

    public void setAdmin(UserId id, boolean admin, Instant now) {
        touch(id, now).set(APP_USER.ADMIN, admin).where(APP_USER.USER_ID.eq(id)).execute();
    }

    public void setEnabled(UserId id, boolean enabled, Instant now) {
        touch(id, now).set(APP_USER.ENABLED, enabled).where(APP_USER.USER_ID.eq(id)).execute();
    }

    public void setPasswordHash(UserId id, String passwordHash, Instant now) {
        touch(id, now).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.USER_ID.eq(id)).execute();
    }

    public Optional<String> passwordHash(UserId id) {
        return db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USER_ID.eq(id)).fetchOptional(APP_USER.PASSWORD_HASH);
    }

    /**
     * The enabled ADMINs, locked until the transaction ends, so that two ADMINs who disable or demote
     * each other at the same moment are served one after the other and the second sees the first's
     * change. Locked in id order, so concurrent callers cannot deadlock.
     */
    public List<UserId> lockEnabledAdmins() {
        return db.select(APP_USER.USER_ID)
                .from(APP_USER)
                .where(APP_USER.ADMIN.isTrue(), APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.USER_ID)
                .forUpdate()
                .fetch(APP_USER.USER_ID);
    }

    private org.jooq.UpdateSetMoreStep<AppUserRecord> touch(UserId id, Instant now) {
        return db.update(APP_USER)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, now);
    }

    private static Condition matching(String text) {
        if (text == null || text.isBlank()) {
            return DSL.noCondition();
        }
        String term = text.strip();
        return APP_USER.USERNAME.containsIgnoreCase(term)
                .or(APP_USER.DISPLAY_NAME.containsIgnoreCase(term))
                .or(APP_USER.EMAIL.containsIgnoreCase(term));
    }

    private static SignedInUser toSignedInUser(AppUserRecord r) {
        return new SignedInUser(r.getUserId(), r.getUsername(), r.getDisplayName(), r.getAdmin(), r.getEnabled(),
                r.getTimeZone(), r.getPasswordHash());
    }

    private static UserAccount toAccount(AppUserRecord r) {
        return new UserAccount(r.getUserId(), r.getVersion(), r.getUsername(), r.getDisplayName(), r.getEmail(),
                r.getAdmin(), r.getEnabled(), r.getTimeZone(), r.getCreatedAt());
    }
}
