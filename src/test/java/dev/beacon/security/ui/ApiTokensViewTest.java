package dev.beacon.security.ui;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ApiTokensViewTest extends BrowserTest {

    @Test
    void token_created_with_the_password_is_shown_once_works_for_the_api_and_stops_working_when_revoked() {
        UserAccount user = fixtures.user("tokens");
        String name = TestFixtures.unique("ci");
        signIn(user.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);
        page.navigate("/account/tokens");
        assertThat(screen.text("No API tokens")).isVisible();
        assertThat(screen.text("curl -H \"Authorization: Bearer <token>\" http://localhost:" + port + "/api/v1/models")).isVisible();

        screen.button("Create token").click();
        screen.field("Name").fill(name);
        page.getByLabel("Expires after", new Page.GetByLabelOptions().setExact(true)).click();
        assertThat(page.getByRole(AriaRole.OPTION)).hasText(new String[]{"30 days", "90 days", "1 year"});
        screen.option("30 days").click();
        screen.field("Your password").fill("Not-My-Password-1");
        screen.field("Name").press("Enter");
        assertThat(screen.fieldWithError("vaadin-password-field", "The current password is not correct")).isVisible();

        screen.field("Your password").fill(TestFixtures.PASSWORD);
        screen.field("Name").press("Enter");

        assertThat(screen.text("Beacon does not store it and will not show it again")).isVisible();
        String secret = page.locator("#new-token-secret").textContent();
        assertThat(secret).startsWith("bcn_");
        assertThat(apiStatusWith(secret)).isNotEqualTo(401);
        screen.button("I have copied it").click();

        assertThat(screen.gridCell(name)).isVisible();
        assertThat(screen.gridCell(secret.substring(0, 8))).isVisible();
        assertThat(page.getByText(secret)).hasCount(0);

        screen.button("Revoke token " + name).click();
        screen.button("Revoke token").click();
        assertThat(screen.notification("Revoked token " + name)).isVisible();
        assertThat(screen.gridCell(name)).isHidden();
        assertThat(screen.text("No API tokens")).isVisible();
        assertThat(apiStatusWith(secret)).isEqualTo(401);
    }

    private int apiStatusWith(String secret) {
        APIResponse response = page.request().get("/api/v1/models",
                RequestOptions.create().setHeader("Authorization", "Bearer " + secret));
        return response.status();
    }
}
