package dev.beacon.security;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static dev.beacon.Http.bearer;
import static dev.beacon.jooq.Tables.API_TOKEN;
import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ApiTokenTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    MutableClock clock;
    @Autowired
    DSLContext db;

    Http http;
    Team team;
    UserAccount owner;

    @BeforeEach
    void aTeamOwner() {
        http = new Http(port);
        team = fixtures.team("tokens");
        owner = fixtures.user("token-owner");
        fixtures.member(team, owner, TeamRole.OWNER);
    }

    @Test
    void the_secret_is_shown_once_and_only_its_hash_is_stored() {
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("ci pipeline", null));

        assertThat(issued.secret()).startsWith("bcn_").hasSizeGreaterThan(30);
        assertThat(issued.token().prefix()).isEqualTo(issued.secret().substring(0, 8) + "…");
        Record row = db.selectFrom(API_TOKEN).where(API_TOKEN.API_TOKEN_ID.eq(issued.token().id())).fetchOne();
        assertThat(Arrays.stream(row.intoArray()).map(String::valueOf)).noneMatch(value -> value.contains(issued.secret()));
        assertThat(row.get(API_TOKEN.TOKEN_HASH)).hasSize(64).isNotEqualTo(issued.secret());
        var audited = db.select(AUDIT_ENTRY.SUMMARY, AUDIT_ENTRY.AFTER_STATE).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY_ID.eq(issued.token().id().toString())).fetchSingle();
        assertThat(audited.value1() + audited.value2().data()).contains("ci pipeline").doesNotContain(issued.secret());
        assertThat(fixtures.as(owner, () -> accounts.myTokens())).singleElement()
                .satisfies(token -> assertThat(token.toString()).doesNotContain(issued.secret()));
    }

    @Test
    void the_token_calls_the_api_with_its_owners_rights() {
        String token = fixtures.apiToken(owner);

        Http.Response teams = http.get("/api/v1/teams", "Authorization", bearer(token));

        assertThat(teams.status()).isEqualTo(200);
        assertThat(teams.json().valueStream().map(t -> t.get("name").asString())).containsExactly(team.name());
    }

    @Test
    void the_bearer_scheme_is_case_insensitive_as_http_requires() {
        String token = fixtures.apiToken(owner);

        assertThat(http.get("/api/v1/teams", "Authorization", "bearer " + token).status()).isEqualTo(200);
    }

    @Test
    void last_use_is_recorded_at_most_once_a_minute() {
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("dashboard", null));
        assertThat(lastUsedAt(issued)).isNull();

        Instant firstCall = clock.instant();
        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(200);
        Instant recorded = lastUsedAt(issued);
        assertThat(recorded).isBetween(firstCall, clock.instant());
        assertThat(fixtures.as(owner, () -> accounts.myTokens()).getFirst().lastUsedAt()).isEqualTo(recorded);

        http.get("/api/v1/models", "Authorization", bearer(issued.secret()));
        assertThat(lastUsedAt(issued)).isEqualTo(recorded);

        clock.advance(Duration.ofMinutes(2));
        Instant later = clock.instant();
        http.get("/api/v1/models", "Authorization", bearer(issued.secret()));
        assertThat(lastUsedAt(issued)).isAfterOrEqualTo(later);
    }

    @Test
    void a_revoked_token_stops_working_at_once() {
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("laptop", null));
        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(200);

        fixtures.as(owner, () -> accounts.revokeToken(issued.token().id()));

        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(401);
        assertThat(fixtures.as(owner, () -> accounts.myTokens())).isEmpty();
    }

    @Test
    void nobody_else_can_revoke_my_token() {
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("mine", null));
        UserAccount other = fixtures.user("other");

        assertThatThrownBy(() -> fixtures.as(other, () -> accounts.revokeToken(issued.token().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(200);
    }

    @Test
    void a_token_stops_working_when_it_expires() {
        Instant before = clock.instant();
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("one hour", Duration.ofHours(1)));
        assertThat(issued.token().expiresAt()).isBetween(before.plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofHours(1)));

        clock.advance(Duration.ofMinutes(59));
        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(401);
    }

    @Test
    void a_disabled_users_tokens_stop_working_until_the_user_is_enabled_again() {
        String token = fixtures.apiToken(owner);

        fixtures.asAdmin(() -> userAdmin.setEnabled(owner.id(), false));
        assertThat(http.get("/api/v1/models", "Authorization", bearer(token)).status()).isEqualTo(401);

        fixtures.asAdmin(() -> userAdmin.setEnabled(owner.id(), true));
        assertThat(http.get("/api/v1/models", "Authorization", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void a_token_needs_a_name_and_a_positive_validity() {
        assertThatThrownBy(() -> fixtures.as(owner, () -> accounts.createToken("  ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> fixtures.as(owner, () -> accounts.createToken("x".repeat(81), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> fixtures.as(owner, () -> accounts.createToken("past", Duration.ofMinutes(-1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("validFor"));
        assertThat(fixtures.as(owner, () -> accounts.myTokens())).isEmpty();
    }

    private Instant lastUsedAt(IssuedApiToken issued) {
        return db.select(API_TOKEN.LAST_USED_AT).from(API_TOKEN)
                .where(API_TOKEN.API_TOKEN_ID.eq(issued.token().id())).fetchOne(API_TOKEN.LAST_USED_AT);
    }
}
