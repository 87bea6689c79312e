package dev.beacon;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Walks Beacon in a real Chromium through the real login. One browser for the whole test run,
 * a fresh browser context (cookies, storage) for every test. Screenshots of every test's last
 * page go to target/playwright/ to help when a test fails.
 */
@IntegrationTest
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("beacon.chromium", "/usr/bin/chromium"));
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestFixtures fixtures;

    protected BrowserContext context;
    protected Page page;
    private final List<BrowserContext> otherContexts = new ArrayList<>();

    @BeforeEach
    void openBrowserContext() {
        context = newContext();
        page = context.newPage();
    }

    /** A page in a browser context of its own (its own cookies), e.g. the same user's second device. */
    protected Page otherBrowser() {
        BrowserContext other = newContext();
        otherContexts.add(other);
        return other.newPage();
    }

    private BrowserContext newContext() {
        BrowserContext created = browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setTimezoneId("Europe/Berlin")
                .setViewportSize(1400, 900));
        created.setDefaultTimeout(15_000);
        return created;
    }

    @AfterEach
    void closeBrowserContext(TestInfo test) throws Exception {
        Path screenshots = Path.of("target", "playwright");
        Files.createDirectories(screenshots);
        String name = test.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + test.getTestMethod().map(m -> m.getName()).orElse("method") + ".png";
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name)).setFullPage(true));
        } finally {
            context.close();
            otherContexts.forEach(BrowserContext::close);
        }
    }

    /** Signs in through the login page and waits until the app shows the signed-in frame. */
    protected void signIn(String username, String password) {
        signIn(page, username, password);
    }

    protected static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    /** Signs out through the user menu and waits for the login page. */
    protected void signOut() {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(Pattern.compile("^User menu for "))).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByText("You have signed out.")).isVisible();
    }

    /** Picks "Follow the system", "Light" or "Dark" under Appearance in the user menu. */
    protected void chooseAppearance(String choice) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(Pattern.compile("^User menu for "))).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Appearance")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(choice).setExact(true)).click();
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
