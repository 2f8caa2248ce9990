package org.itaku;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.UUID;

import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.testsupport.Chromium;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The README's tour in a real browser: a member of the demo vendor's workspace sees the register and the demo
 * incident, where every affected office has its own decision with reasons. The screenshots land in
 * target/screenshots (docs/screenshot-dashboard.png is taken from there). Runs on its own in-memory database, as
 * the demo exists once per database and {@code DemoLoaderTest} loads it first in the shared one.
 */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:itaku-demo-tour;DB_CLOSE_DELAY=-1;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DemoTourBrowserTest {

    static final String PASSWORD = "Kx7#mQ2!vW9z";

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoIncidentShowsEachOfficesDecisionWithReasons() {
        demo.load(new PrintStream(OutputStream.nullOutputStream()));
        long workspaceId = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(DemoLoader.WORKSPACE)
                .query(Long.class).single();
        String email = "tour-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(workspaceId, email, "見学 花子", PASSWORD.toCharArray(), Role.STAFF);

        try (Chromium chromium = Chromium.launch(); BrowserContext context = chromium.browser()
                .newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            Page page = context.newPage();
            Chromium.signIn(page, port, email, PASSWORD);
            // The demo incident's deadlines are days away, so the dashboard lists them.
            assertThat(page.locator("#agenda")).containsText("労務手続SaaSサーバーへのランサムウェア攻撃");
            assertThat(page.locator("#agenda")).containsText("個人情報保護委員会への速報");
            // The demo's migration data at the data centre is past its deletion date: the watch list says so.
            assertThat(page.locator("#register-findings")).containsText("旧システムの移行用データ");
            shoot(page, "demo-dashboard.png", false);

            page.navigate("http://localhost:" + port + "/register");
            assertThat(page.locator("main")).containsText("クラウド労務株式会社");
            shoot(page, "demo-register.png", false);

            page.navigate("http://localhost:" + port + "/incidents");
            page.click("text=労務手続SaaSサーバーへのランサムウェア攻撃");
            assertThat(page.locator("h1")).hasText("労務手続SaaSサーバーへのランサムウェア攻撃");
            // Every office (three 社労士 offices and their clients) gets a decision, each with its reasons.
            // (the page is long and renders while it streams in, so wait for the fourth rather than count at once)
            assertThat(page.locator("section.decision").nth(3)).isVisible();
            assertThat(page.locator("section.decision ol.reasons li").first()).containsText("7");
            shoot(page, "demo-incident.png", true);
        }
    }

    private static void shoot(Page page, String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name)).setFullPage(fullPage));
    }
}
