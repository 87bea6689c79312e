package dev.beacon.security;

import com.microsoft.playwright.options.AriaRole;
import dev.beacon.BrowserTest;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInJourneyTest extends BrowserTest {

    @Test
    void admin_signs_in_and_sees_the_portal() {
        signIn(TestFixtures.ADMIN, TestFixtures.ADMIN_PASSWORD);
        assertThat(page.getByText("Beacon").first()).isVisible();
    }

    @Test
    void wrong_password_shows_an_error_and_stays_on_the_login_page() {
        page.navigate("/login");
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("Incorrect username or password")).isVisible();
    }
}
