package dev.beacon.security.internal;

import dev.beacon.security.ActingApiToken;
import dev.beacon.security.ApiToken;
import dev.beacon.security.SignedInUser;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.beacon.jooq.Tables.API_TOKEN;
import static dev.beacon.jooq.Tables.APP_USER;

@Repository
public class JooqApiTokenRepository {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final DSLContext db;

    JooqApiTokenRepository(DSLContext db) {
        this.db = db;
    }

    public ApiToken insert(UserId owner, String name, String prefix, String hash, Instant expiresAt) {
        return db.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, owner)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_PREFIX, prefix)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .returningResult(API_TOKEN.API_TOKEN_ID, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX,
                        API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT, API_TOKEN.LAST_USED_AT)
                .fetchOne(Records.mapping(ApiToken::new));
    }

    public List<ApiToken> activeTokensOf(UserId owner) {
        return db.select(API_TOKEN.API_TOKEN_ID, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX,
                        API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT, API_TOKEN.LAST_USED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.USER_ID.eq(owner), API_TOKEN.REVOKED_AT.isNull())
                .orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(Records.mapping(ApiToken::new));
    }

    public Optional<ApiToken> findActive(UserId owner, UUID tokenId) {
        return db.select(API_TOKEN.API_TOKEN_ID, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX,
                        API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT, API_TOKEN.LAST_USED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.API_TOKEN_ID.eq(tokenId), API_TOKEN.USER_ID.eq(owner), API_TOKEN.REVOKED_AT.isNull())
                .fetchOptional(Records.mapping(ApiToken::new));
    }

    public boolean revoke(UserId owner, UUID tokenId, Instant now) {
        return db.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.API_TOKEN_ID.eq(tokenId), API_TOKEN.USER_ID.eq(owner), API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }

    /** Revokes every token of the user not revoked yet (expired ones too) and returns them. */
    public List<ApiToken> revokeAllOf(UserId owner, Instant now) {
        return db.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.USER_ID.eq(owner), API_TOKEN.REVOKED_AT.isNull())
                .returningResult(API_TOKEN.API_TOKEN_ID, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX,
                        API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT, API_TOKEN.LAST_USED_AT)
                .fetch(Records.mapping(ApiToken::new));
    }

    /** The token that acted and the user it acts for. */
    public record TokenOwner(SignedInUser user, ActingApiToken token) {
    }

    /** The unrevoked, unexpired token with this hash, with its enabled owner. */
    public Optional<TokenOwner> findActiveByHash(String hash, Instant now) {
        return db.select(APP_USER.USER_ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ADMIN, APP_USER.ENABLED,
                        APP_USER.TIME_ZONE, API_TOKEN.API_TOKEN_ID, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX)
                .from(API_TOKEN)
                .join(APP_USER).on(APP_USER.USER_ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(hash),
                        API_TOKEN.REVOKED_AT.isNull(),
                        API_TOKEN.EXPIRES_AT.gt(now),
                        APP_USER.ENABLED.isTrue())
                .fetchOptional(r -> new TokenOwner(
                        new SignedInUser(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), null),
                        new ActingApiToken(r.value7(), r.value8(), r.value9())));
    }

    /** Records use at most once a minute per token, so busy clients do not write on every call. */
    public void markUsed(String hash, Instant now) {
        db.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, now)
                .where(API_TOKEN.TOKEN_HASH.eq(hash),
                        API_TOKEN.LAST_USED_AT.isNull().or(API_TOKEN.LAST_USED_AT.lt(now.minus(LAST_USED_RESOLUTION))))
                .execute();
    }
}
