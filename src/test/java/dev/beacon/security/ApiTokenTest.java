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
import java.util.List;
import java.util.Map;

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

    static final Duration DAY = Duration.ofDays(1);

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
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("ci pipeline", DAY, TestFixtures.PASSWORD));

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
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("dashboard", DAY, TestFixtures.PASSWORD));
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
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("laptop", DAY, TestFixtures.PASSWORD));
        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(200);

        fixtures.as(owner, () -> accounts.revokeToken(issued.token().id()));

        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(401);
        assertThat(fixtures.as(owner, () -> accounts.myTokens())).isEmpty();
    }

    @Test
    void nobody_else_can_revoke_my_token() {
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("mine", DAY, TestFixtures.PASSWORD));
        UserAccount other = fixtures.user("other");

        assertThatThrownBy(() -> fixtures.as(other, () -> accounts.revokeToken(issued.token().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(200);
    }

    @Test
    void a_token_stops_working_when_it_expires() {
        Instant before = clock.instant();
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("one hour", Duration.ofHours(1), TestFixtures.PASSWORD));
        assertThat(issued.token().expiresAt()).isBetween(before.plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofHours(1)));

        clock.advance(Duration.ofMinutes(59));
        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        assertThat(http.get("/api/v1/models", "Authorization", bearer(issued.secret())).status()).isEqualTo(401);
    }

    @Test
    void a_token_needs_a_name_and_a_validity_of_at_most_the_configured_maximum() {
        assertThat(fixtures.as(owner, () -> accounts.maxTokenLifetime())).isEqualTo(Duration.ofDays(365));
        for (var invalid : List.<Map.Entry<String, Runnable>>of(
                Map.entry("name", () -> accounts.createToken("  ", DAY, TestFixtures.PASSWORD)),
                Map.entry("name", () -> accounts.createToken("x".repeat(81), DAY, TestFixtures.PASSWORD)),
                Map.entry("validFor", () -> accounts.createToken("past", Duration.ofMinutes(-1), TestFixtures.PASSWORD)),
                Map.entry("validFor", () -> accounts.createToken("forever", null, TestFixtures.PASSWORD)),
                Map.entry("validFor", () -> accounts.createToken("too long", Duration.ofDays(365).plusSeconds(1),
                        TestFixtures.PASSWORD)))) {
            assertThatThrownBy(() -> fixtures.as(owner, invalid.getValue()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(invalid.getKey()));
        }
        assertThat(fixtures.as(owner, () -> accounts.myTokens())).isEmpty();

        IssuedApiToken longest = fixtures.as(owner, () -> accounts.createToken("a year", Duration.ofDays(365), TestFixtures.PASSWORD));
        assertThat(longest.token().expiresAt()).isAfter(longest.token().createdAt().plus(Duration.ofDays(364)));
    }

    @Test
    void creating_a_token_asks_for_the_current_password() {
        for (String wrong : new String[]{null, "", "Not-The-Password-1", TestFixtures.ADMIN_PASSWORD}) {
            assertThatThrownBy(() -> fixtures.as(owner, () -> accounts.createToken("stolen session", DAY, wrong)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("currentPassword");
                        assertThat(e.getMessage()).isEqualTo("The current password is not correct");
                    });
        }
        assertThat(fixtures.as(owner, () -> accounts.myTokens())).isEmpty();
        assertThat(db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY_NAME.eq(owner.username() + "/stolen session"))).isZero();
    }

    private Instant lastUsedAt(IssuedApiToken issued) {
        return db.select(API_TOKEN.LAST_USED_AT).from(API_TOKEN)
                .where(API_TOKEN.API_TOKEN_ID.eq(issued.token().id())).fetchOne(API_TOKEN.LAST_USED_AT);
    }
}
