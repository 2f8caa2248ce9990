package org.itaku.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Real headless Chromium (the Debian package) driven by Playwright. When no Chromium binary exists the
 * test is skipped with a printed reason, unless ITAKU_REQUIRE_BROWSER=1 (as in CI), where it fails.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        String configured = System.getenv("ITAKU_CHROMIUM");
        Path binary = (configured != null ? List.of(configured) : CANDIDATES).stream().map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (binary == null) {
            if ("1".equals(System.getenv("ITAKU_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("ITAKU_REQUIRE_BROWSER=1 but no Chromium binary was found in "
                        + CANDIDATES + " (install the Debian package 'chromium')");
            }
            System.out.println("SKIPPED browser test: no Chromium binary found in " + CANDIDATES);
            Assumptions.abort("no Chromium binary found");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(binary).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        return new Chromium(playwright, browser);
    }

    /** Signs in through the login form (for accounts without a second factor) and waits for the dashboard. */
    public static void signIn(com.microsoft.playwright.Page page, int port, String email, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.fill("#username", email);
        page.fill("#password", password);
        page.click("#sign-in");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1")).hasText("ダッシュボード");
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
