package dev.beacon.security;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Changes to a user's account reach that user's open browsers at their next step. */
class SessionRevocationJourneyTest extends BrowserTest {

    @Autowired
    UserAdminService userAdmin;

    @Test
    void disabled_user_is_signed_out_of_their_open_session() {
        UserAccount user = fixtures.memberOfNewTeam("leaver", TeamRole.EDITOR);
        signIn(user.username(), TestFixtures.PASSWORD);

        fixtures.asAdmin(() -> userAdmin.setEnabled(user.id(), false));
        page.navigate("/models");

        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }

    @Test
    void changing_my_password_signs_out_my_other_browser_but_not_this_one() {
        UserAccount user = fixtures.memberOfNewTeam("two-devices", TeamRole.EDITOR);
        String newPassword = "Changed-On-Laptop-5";
        Page phone = otherBrowser();
        signIn(phone, user.username(), TestFixtures.PASSWORD);
        signIn(user.username(), TestFixtures.PASSWORD);

        Screen screen = new Screen(page);
        page.navigate("/account");
        screen.field("Current password").fill(TestFixtures.PASSWORD);
        screen.field("New password").fill(newPassword);
        screen.field("Repeat new password").fill(newPassword);
        screen.button("Change password").click();
        assertThat(screen.notification("Your password was changed")).isVisible();

        phone.navigate("/models");
        assertThat(phone).hasURL(Pattern.compile(".*/login.*"));
        assertThat(phone.locator("vaadin-app-layout")).hasCount(0);
        page.navigate("/models");
        assertThat(page).hasURL(Pattern.compile(".*/models$"));
        assertThat(page.locator("vaadin-app-layout")).isVisible();

        signIn(phone, user.username(), newPassword);
        assertThat(phone.locator("vaadin-app-layout")).isVisible();
    }

    @Test
    void admin_who_loses_the_admin_role_loses_the_admin_pages_at_once() {
        UserAccount other = fixtures.user("second-admin");
        fixtures.asAdmin(() -> userAdmin.update(other.id(), other.version(),
                new UserProfile(other.displayName(), other.email(), null), true));
        signIn(other.username(), TestFixtures.PASSWORD);
        page.navigate("/admin/users");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users"))).isVisible();

        UserAccount promoted = fixtures.asAdmin(() -> userAdmin.get(other.id()));
        fixtures.asAdmin(() -> userAdmin.update(other.id(), promoted.version(),
                new UserProfile(other.displayName(), other.email(), null), false));
        page.navigate("/admin/users");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        signIn(other.username(), TestFixtures.PASSWORD);
        page.navigate("/admin/users");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found").setLevel(3))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users"))).hasCount(0);
    }
}
