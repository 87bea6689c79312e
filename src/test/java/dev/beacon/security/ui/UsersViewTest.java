package dev.beacon.security.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.security.AccountService;
import dev.beacon.security.IssuedApiToken;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void admin_creates_a_user_after_fixing_an_invalid_email_and_a_weak_password() {
        String username = TestFixtures.unique("new").toLowerCase();
        signIn(TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/admin/users");

        screen.button("New user").click();
        screen.field("Username").fill(username);
        screen.field("Display name").fill("Nora New");
        screen.field("Email").fill("not-an-email");
        screen.field("Initial password").fill("short");
        screen.button("Create user").click();
        assertThat(screen.fieldWithError("vaadin-email-field", "Enter a valid email address")).isVisible();

        screen.field("Email").fill(username + "@example.org");
        screen.button("Create user").click();
        assertThat(screen.fieldWithError("vaadin-password-field", "Use at least 10 characters")).isVisible();

        screen.field("Initial password").fill("Long-Enough-Pass-9");
        screen.button("Create user").click();
        assertThat(screen.notification("Created user " + username)).isVisible();
        assertThat(screen.gridCell(username + "@example.org")).isVisible();
        assertThat(screen.gridCell("Nora New")).isVisible();
    }

    @Test
    void admin_disables_a_user_who_then_can_no_longer_sign_in() {
        UserAccount user = fixtures.user("disabled");
        Screen screen = usersPageFilteredTo(user);

        screen.button("Disable " + user.username()).click();
        assertThat(screen.dialog()).containsText("can no longer sign in");
        screen.button("Disable user").click();
        assertThat(screen.notification("Disabled " + user.username())).isVisible();
        assertThat(screen.gridCellExactly("Disabled")).isVisible();
        assertThat(screen.button("Enable " + user.username())).isVisible();

        context.clearCookies();
        page.navigate("/login");
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(screen.text("Incorrect username or password")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }

    @Test
    void admin_edits_a_user_and_resets_their_password_which_they_then_sign_in_with() {
        UserAccount user = fixtures.user("edited");
        Screen screen = usersPageFilteredTo(user);

        screen.button("Edit " + user.username()).click();
        screen.field("Display name").fill("Edith Edited");
        screen.field("Display name").press("Enter");
        assertThat(screen.notification("Saved " + user.username())).isVisible();
        assertThat(screen.gridCell("Edith Edited")).isVisible();

        screen.button("Reset password of " + user.username()).click();
        screen.field("New password").fill("aaaaaaaaaaaa");
        screen.button("Reset password").click();
        assertThat(screen.fieldWithError("vaadin-password-field", "Mix at least two of")).isVisible();
        screen.field("New password").fill("Reset-By-Admin-3");
        screen.button("Reset password").click();
        assertThat(screen.notification("Reset the password of " + user.username())).isVisible();

        context.clearCookies();
        signIn(user.username(), "Reset-By-Admin-3");
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("User menu for Edith Edited"))).isVisible();
    }

    @Test
    void admin_revokes_one_of_a_users_api_tokens_after_confirming() {
        UserAccount user = fixtures.user("leaky");
        IssuedApiToken leaked = fixtures.as(user, () -> accounts.createToken("leaked-" + user.username(),
                TestFixtures.TOKEN_VALIDITY, TestFixtures.PASSWORD));
        String kept = fixtures.apiToken(user);
        Screen screen = usersPageFilteredTo(user);

        screen.button("API tokens of " + user.username()).click();
        assertThat(screen.dialog()).containsText("API tokens of " + user.username());
        assertThat(screen.gridCell(leaked.token().name())).isVisible();
        screen.button("Revoke token " + leaked.token().name()).click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("Revoke token \"" + leaked.token().name() + "\" of " + user.username());
        screen.button("Revoke token").click();

        assertThat(screen.notification("Revoked token " + leaked.token().name() + " of " + user.username())).isVisible();
        assertThat(screen.gridCell(leaked.token().name())).isHidden();
        assertThat(apiStatusWith(leaked.secret())).isEqualTo(401);
        assertThat(apiStatusWith(kept)).isEqualTo(200);
    }

    @Test
    void non_admin_opening_the_users_page_does_not_get_it() {
        UserAccount user = fixtures.user("curious");
        signIn(user.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users"))).hasCount(0);

        page.navigate("/admin/users");
        assertThat(screen.text("This page does not exist, or you do not have access to it.")).isVisible();
        assertThat(screen.button("New user")).hasCount(0);
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    private int apiStatusWith(String secret) {
        return page.request().get("/api/v1/models", RequestOptions.create().setHeader("Authorization", "Bearer " + secret)).status();
    }

    /** Signs in as the admin, opens the users page and searches for the user, so only their row shows. */
    private Screen usersPageFilteredTo(UserAccount user) {
        signIn(TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/admin/users");
        assertThat(screen.gridCellExactly("admin@localhost")).isVisible();
        screen.field("Search").fill(user.username());
        assertThat(screen.gridCellExactly("admin@localhost")).isHidden();
        return screen;
    }
}
