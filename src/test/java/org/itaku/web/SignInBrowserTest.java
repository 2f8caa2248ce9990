package org.itaku.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.itaku.ItakuApplication;
import org.itaku.identity.Accounts;
import org.itaku.testsupport.Chromium;
import org.itaku.testsupport.TotpCodes;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** A person signs in with a real browser, sees the dashboard, switches to English and signs out. */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void signInNavigateAndSignOut() {
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createWorkspaceWithAdmin("ブラウザ試験社労士事務所", email, "試験 太郎", "Kx7#mQ2!vW9z".toCharArray());

        try (Chromium chromium = Chromium.launch(); BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
            assertThat(page.locator("h1")).hasText("ログイン");

            page.fill("#username", email);
            page.fill("#password", "wrong-password-1A!");
            page.click("#sign-in");
            assertThat(page.locator("[role=alert]")).containsText("正しくありません");

            page.fill("#username", email);
            page.fill("#password", "Kx7#mQ2!vW9z");
            page.click("#sign-in");
            // Administrators must set up two-step verification: scan (here: read) the key, enter a code.
            assertThat(page.locator("h1")).hasText("2段階認証の設定");
            assertThat(page.locator("#qr")).isVisible();
            String secret = page.locator("#secret").textContent().strip();
            page.fill("#code", TotpCodes.code(secret, Instant.now()));
            page.click("#enrol");
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            page.click("#continue");
            assertThat(page.locator("h1")).hasText("ダッシュボード");
            assertThat(page.locator(".workspace")).containsText("ブラウザ試験社労士事務所");
            assertThat(page.locator(".workspace")).containsText("管理者");

            page.click("text=English");
            assertThat(page.locator("h1")).hasText("Dashboard");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "dashboard.png")));

            page.click("text=Sign out");
            assertThat(page.locator(".notice")).containsText("signed out");
            page.navigate("http://localhost:" + port + "/");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));

            // Signing in again asks for a code (the next one: a code is never accepted twice).
            page.fill("#username", email);
            page.fill("#password", "Kx7#mQ2!vW9z");
            page.click("#sign-in");
            assertThat(page.locator("h1")).hasText("Two-step verification");
            page.fill("#code", TotpCodes.code(secret, Instant.now().plusSeconds(30)));
            page.click("#verify");
            assertThat(page.locator("h1")).hasText("Dashboard");
        }
    }
}
