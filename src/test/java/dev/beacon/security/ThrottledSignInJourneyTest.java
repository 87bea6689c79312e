package dev.beacon.security;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ThrottledSignInJourneyTest extends BrowserTest {

    @Test
    void after_five_wrong_passwords_the_login_page_says_how_long_to_wait() {
        UserAccount user = fixtures.user("locked-out");
        for (int i = 1; i <= 5; i++) {
            submit(user.username(), "Wrong-Guess-" + i);
            assertThat(page.getByText("Incorrect username or password")).isVisible();
        }

        submit(user.username(), TestFixtures.PASSWORD);

        assertThat(page.getByText("Sign-in temporarily locked")).isVisible();
        assertThat(page.getByText("Too many failed attempts. Try again in 15 minutes.")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).not().isAttached();
    }

    @Test
    void a_locked_out_user_is_unlocked_by_an_admin_on_the_users_page_and_then_signs_in() {
        UserAccount user = fixtures.user("unlock-me");
        for (int i = 1; i <= 5; i++) {
            submit(user.username(), "Wrong-Guess-" + i);
        }
        submit(user.username(), TestFixtures.PASSWORD);
        assertThat(page.getByText("Sign-in temporarily locked")).isVisible();

        signIn(TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/admin/users");
        assertThat(screen.gridCellExactly("admin@localhost")).isVisible();
        screen.field("Search").fill(user.username());
        assertThat(screen.gridCellExactly("admin@localhost")).isHidden();
        assertThat(screen.visibleGridCell("Locked · 15 min")).isVisible();
        screen.button("Unlock sign-in of " + user.username()).click();
        assertThat(screen.dialog()).containsText("lets User " + user.username() + " sign in right away");
        screen.button("Unlock").click();
        assertThat(screen.notification("Unlocked sign-in of " + user.username())).isVisible();
        assertThat(screen.visibleGridCell("Locked")).hasCount(0);
        assertThat(screen.button("Unlock sign-in of " + user.username())).hasCount(0);
        signOut();

        signIn(user.username(), TestFixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("User menu for User " + user.username())))
                .isVisible();
    }

    /** Opens a fresh login page, signs in and waits until the login page comes back with an error. */
    private void submit(String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL("**/login?error");
    }
}
