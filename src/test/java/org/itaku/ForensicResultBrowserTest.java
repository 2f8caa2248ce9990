package org.itaku;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.testsupport.Chromium;
import org.itaku.testsupport.TotpCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The "facts that change", in a real browser: on the demo incident (a possible leak at the vendor, every
 * office with its own decision) an officer records that forensics ruled the leak out. The page then shows the event
 * as ruled out, no party left with a duty to report, and a history that says in Japanese what was found and what it
 * means (the decisions re-judged, the filed 速報 to be completed by a 確報). Runs on its own in-memory database, as
 * the demo exists once per database.
 */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:itaku-forensic-browser;DB_CLOSE_DELAY=-1;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ForensicResultBrowserTest {

    static final String PASSWORD = "Tq4#nV8!pL2x";

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerRecordsThatForensicsRuledTheLeakOutAndSeesDecisionsAndHistoryChange() {
        demo.load(new PrintStream(OutputStream.nullOutputStream()));
        long workspaceId = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(DemoLoader.WORKSPACE)
                .query(Long.class).single();
        String email = "forensic-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(workspaceId, email, "調査 太郎", PASSWORD.toCharArray(), Role.OFFICER);

        try (Chromium chromium = Chromium.launch(); BrowserContext context = chromium.browser()
                .newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signInWithSecondFactor(page, email);
            page.navigate("http://localhost:" + port + "/incidents");
            page.click("text=労務手続SaaSサーバーへのランサムウェア攻撃");
            assertThat(page.locator("h1")).hasText("労務手続SaaSサーバーへのランサムウェア攻撃");

            // The incident page is long and streams in: wait until it has loaded before reading it.
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            // Before: a possible leak; the vendor notified its principals (so it is relieved, APPI Art. 26(1) proviso)
            // and the offices must report (Rules Art. 7(iii), (iv)).
            Locator kind = page.locator("table").first();
            assertThat(kind).containsText("漏えいのおそれ");
            Locator mustReport = page.locator("section.decision").filter(new Locator.FilterOptions()
                    .setHasText("当局への報告が必要です"));
            assertThat(mustReport.first()).isVisible();
            assertThat(page.locator("ol.timeline")).not().containsText("調査の結果");

            // The officer records the finding through the form.
            page.click("#forensic summary");
            page.check("#forensic input[name=outcome][value=RULED_OUT]");
            page.fill("#forensic textarea[name=note]", "ログ解析の最終報告を受領（社内メモ）");
            page.click("#forensic button[type=submit]");
            page.waitForURL(Pattern.compile(".*/incidents/\\d+.*"));
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);

            // After: the event reads as ruled out, the vendor's decision changed, nobody is left to report.
            assertThat(page.locator("table").first()).containsText("漏えい（調査により否定）");
            assertThat(page.locator("section.decision").first()).isVisible();
            assertThat(page.locator("section.decision").first()).containsText("当局への報告義務はありません");
            assertThat(mustReport).hasCount(0);
            // The history says in Japanese what was found and what it means for the decisions.
            Locator history = page.locator("ol.timeline");
            assertThat(history).containsText("の調査の結果、漏えい等は発生していないことが判明しました（「漏えいのおそれ」→「漏えい（調査により否定）」）");
            assertThat(history).containsText(Pattern.compile("全事業者を再判定しました。報告対象は [0-9,]+ 者から 0 者になりました"));
            assertThat(history).containsText("ログ解析の最終報告を受領（社内メモ）");
            assertThat(history).not().containsText("leak_possible");
            assertThat(history).not().containsText("ruled_out");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "forensic-ruled-out.png"))
                    .setFullPage(true));
        }
    }

    /** Officers set up two-step verification at their first sign-in. */
    private void signInWithSecondFactor(Page page, String email) {
        page.navigate("http://localhost:" + port + "/login");
        page.fill("#username", email);
        page.fill("#password", PASSWORD);
        page.click("#sign-in");
        assertThat(page.locator("h1")).hasText("2段階認証の設定");
        String secret = page.locator("#secret").textContent().strip();
        page.fill("#code", TotpCodes.code(secret, Instant.now()));
        page.click("#enrol");
        page.click("#continue");
        assertThat(page.locator("h1")).hasText("ダッシュボード");
    }
}
