package dev.beacon.security;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.beacon.BrowserTest;
import dev.beacon.Screen;
import dev.beacon.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Under Beacon's Content-Security-Policy the browser blocks nothing that Beacon's pages need. */
class ContentSecurityPolicyJourneyTest extends BrowserTest {

    private final List<String> complaints = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenToTheBrowsersComplaints() {
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.type().equals("warning")) {
                complaints.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> complaints.add("page error: " + error));
    }

    @Test
    void login_main_page_account_and_model_form_work_without_a_single_policy_violation() {
        UserAccount editor = fixtures.memberOfNewTeam("csp", TeamRole.EDITOR);
        Response login = page.navigate("/login");
        assertThat(login.headers()).containsKey("content-security-policy");
        signIn(editor.username(), TestFixtures.PASSWORD);
        Screen screen = new Screen(page);

        assertThat(page.navigate("/").headers().get("content-security-policy")).contains("'unsafe-eval'");
        assertThat(screen.heading("Fleet")).isVisible();
        page.navigate("/account");
        assertThat(screen.button("Save profile")).isVisible();
        page.navigate("/models/new");
        assertThat(screen.field("Name")).isVisible();
        screen.field("Name").fill("typed under the policy");
        screen.button("Cancel").click();
        assertThat(screen.heading("Models")).isVisible();

        assertThat(complaints).noneMatch(ContentSecurityPolicyJourneyTest::aboutThePolicy);
    }

    @Test
    void the_api_browser_renders_the_api_under_the_policy() {
        page.navigate("/api/docs");

        // The first request of the API description builds it, which takes a while on a small machine.
        assertThat(page.getByText("/api/v1/models").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(complaints).noneMatch(ContentSecurityPolicyJourneyTest::aboutThePolicy);
    }

    private static boolean aboutThePolicy(String complaint) {
        return complaint.contains("Content Security Policy") || complaint.contains("Refused to");
    }
}
