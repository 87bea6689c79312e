package dev.beacon.security;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;

import static dev.beacon.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API tokens end when an ADMIN says so: by revoking them, disabling their owner or resetting the owner's password. */
@IntegrationTest
class ApiTokenRevocationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AuditService audit;

    Http http;
    UserAccount owner;

    @BeforeEach
    void aTeamOwner() {
        http = new Http(port);
        owner = fixtures.memberOfNewTeam("token-owner", TeamRole.OWNER);
    }

    @Test
    void disabling_a_user_revokes_their_tokens_and_enabling_them_again_does_not_bring_them_back() {
        String token = fixtures.apiToken(owner);
        assertThat(apiStatus(token)).isEqualTo(200);

        fixtures.asAdmin(() -> userAdmin.setEnabled(owner.id(), false));
        assertThat(apiStatus(token)).isEqualTo(401);

        fixtures.asAdmin(() -> userAdmin.setEnabled(owner.id(), true));
        assertThat(apiStatus(token)).isEqualTo(401);
        assertThat(fixtures.asAdmin(() -> userAdmin.tokensOf(owner.id()))).isEmpty();
        assertThat(apiStatus(fixtures.apiToken(owner))).as("a token created after enabling works").isEqualTo(200);
        assertThat(revocationsOf(owner)).singleElement().satisfies(entry -> {
            assertThat(entry.actorName()).isEqualTo(TestFixtures.ADMIN);
            assertThat(entry.summary()).endsWith(" of " + owner.username() + " (account disabled)");
        });
    }

    @Test
    void resetting_a_users_password_revokes_all_their_tokens() {
        String first = fixtures.apiToken(owner);
        String second = fixtures.apiToken(owner);
        assertThat(apiStatus(first)).isEqualTo(200);

        fixtures.asAdmin(() -> userAdmin.resetPassword(owner.id(), "Reset-By-Admin-77"));

        assertThat(apiStatus(first)).isEqualTo(401);
        assertThat(apiStatus(second)).isEqualTo(401);
        assertThat(fixtures.as(owner, () -> accounts.myTokens())).isEmpty();
        assertThat(revocationsOf(owner)).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.summary()).endsWith("(password reset)"));
    }

    @Test
    void changing_my_own_password_keeps_my_tokens() {
        String token = fixtures.apiToken(owner);

        fixtures.as(owner, () -> accounts.changePassword(TestFixtures.PASSWORD, "Changed-By-Me-55"));

        assertThat(apiStatus(token)).isEqualTo(200);
    }

    @Test
    void an_admin_sees_a_users_tokens_and_revokes_one_of_them() {
        IssuedApiToken leaked = fixtures.as(owner, () -> accounts.createToken("leaked", TestFixtures.TOKEN_VALIDITY, TestFixtures.PASSWORD));
        IssuedApiToken kept = fixtures.as(owner, () -> accounts.createToken("kept", TestFixtures.TOKEN_VALIDITY, TestFixtures.PASSWORD));

        assertThat(fixtures.asAdmin(() -> userAdmin.tokensOf(owner.id()))).extracting(ApiToken::name)
                .containsExactlyInAnyOrder("leaked", "kept");
        fixtures.asAdmin(() -> userAdmin.revokeToken(owner.id(), leaked.token().id()));

        assertThat(apiStatus(leaked.secret())).isEqualTo(401);
        assertThat(apiStatus(kept.secret())).isEqualTo(200);
        assertThat(fixtures.asAdmin(() -> userAdmin.tokensOf(owner.id()))).extracting(ApiToken::name).containsExactly("kept");
        assertThat(revocationsOf(owner)).singleElement().satisfies(entry -> {
            assertThat(entry.actorName()).isEqualTo(TestFixtures.ADMIN);
            assertThat(entry.entityName()).isEqualTo(owner.username() + "/leaked");
            assertThat(entry.summary()).isEqualTo("Revoked API token leaked of " + owner.username());
        });
        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.revokeToken(owner.id(), leaked.token().id())))
                .as("already revoked").isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_token_is_revoked_only_through_its_own_owner() {
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("mine", TestFixtures.TOKEN_VALIDITY, TestFixtures.PASSWORD));
        UserAccount someoneElse = fixtures.user("someone-else");

        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.revokeToken(someoneElse.id(), issued.token().id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> userAdmin.revokeToken(owner.id(), UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThat(apiStatus(issued.secret())).isEqualTo(200);
    }

    @Test
    void only_admins_may_list_or_revoke_a_users_tokens() {
        IssuedApiToken issued = fixtures.as(owner, () -> accounts.createToken("mine", TestFixtures.TOKEN_VALIDITY, TestFixtures.PASSWORD));
        UserAccount colleague = fixtures.user("colleague");

        for (UserAccount caller : List.of(owner, colleague)) {
            assertThatThrownBy(() -> fixtures.as(caller, () -> userAdmin.tokensOf(owner.id())))
                    .as(caller.username()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(caller, () -> userAdmin.revokeToken(owner.id(), issued.token().id())))
                    .as(caller.username()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(apiStatus(issued.secret())).isEqualTo(200);
        assertThat(revocationsOf(owner)).isEmpty();
    }

    private int apiStatus(String token) {
        return http.get("/api/v1/models", "Authorization", bearer(token)).status();
    }

    private List<AuditEntry> revocationsOf(UserAccount user) {
        return fixtures.asAdmin(() -> audit.find(new AuditFilter(null, user.username() + "/", "API token"), 0, 100)).stream()
                .filter(entry -> entry.action().equals("REVOKED") && entry.entityName().startsWith(user.username() + "/"))
                .toList();
    }
}
