package dev.beacon.security.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class AccountViewTest extends BrowserTest {

    @Test
    void user_changes_their_profile_and_time_zone_and_both_are_kept() {
        UserAccount user = fixtures.user("profile");
        signIn(user.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/account");
        assertThat(screen.text("Beacon shows times in your browser's zone, Europe/Berlin")).isVisible();
        assertThat(screen.text("Account created " + minute(user.createdAt(), "Europe/Berlin"))).isVisible();

        screen.field("Display name").fill("Renamed " + user.username());
        screen.pick("Time zone", "Tokyo", "Asia/Tokyo");
        screen.button("Save profile").click();

        assertThat(screen.notification("Saved your profile")).isVisible();
        assertThat(screen.text("Beacon shows times in Asia/Tokyo")).isVisible();
        assertThat(screen.text("Account created " + minute(user.createdAt(), "Asia/Tokyo"))).isVisible();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("User menu for Renamed " + user.username())))
                .isVisible();
        page.reload();
        assertThat(screen.field("Display name")).hasValue("Renamed " + user.username());
        assertThat(screen.field("Time zone")).hasValue("Asia/Tokyo");
    }

    @Test
    void password_change_needs_the_right_current_password_and_the_new_one_works_at_the_next_sign_in() {
        UserAccount user = fixtures.user("password");
        String newPassword = "Brand-New-Pass-7";
        signIn(user.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/account");

        screen.field("Current password").fill("Not-My-Password-1");
        screen.field("New password").fill(newPassword);
        screen.field("Repeat new password").fill(newPassword + "x");
        screen.button("Change password").click();
        assertThat(screen.fieldWithError("vaadin-password-field", "The two new passwords do not match")).isVisible();

        screen.field("Repeat new password").fill(newPassword);
        screen.button("Change password").click();
        assertThat(screen.fieldWithError("vaadin-password-field", "The current password is not correct")).isVisible();

        screen.field("Current password").fill(TestFixtures.PASSWORD);
        screen.button("Change password").click();
        assertThat(screen.notification("Your password was changed")).isVisible();

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("User menu for " + user.displayName())).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
        signIn(user.username(), newPassword);
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("User menu for " + user.displayName())))
                .isVisible();
    }

    private static String minute(Instant instant, String zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(ZoneId.of(zone)));
    }
}
