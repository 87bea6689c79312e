package dev.beacon.security;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Changes an ADMIN makes to a user reach that user's open browser at their next step. */
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
