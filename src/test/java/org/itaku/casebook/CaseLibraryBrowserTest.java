package org.itaku.casebook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.itaku.ItakuApplication;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.testsupport.Chromium;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The case library in a real browser: a staff member pastes one notice and uploads another, finds a case by a
 * Japanese word, opens it with the controls for its causes, and looks at the statistics.
 */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseLibraryBrowserTest {

    static final String PASSWORD = "Kx7#mQ2!vW9z";
    static final Path LIBRARY = Path.of("src", "test", "resources", "casebook", "library");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    void importSearchOpenAndChart() throws Exception {
        long ws = accounts.createWorkspace("事例集ブラウザ試験 " + UUID.randomUUID());
        String email = "library-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(ws, email, "事例 担当", PASSWORD.toCharArray(), Role.STAFF);

        try (Chromium chromium = Chromium.launch(); BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, port, email, PASSWORD);

            page.click("nav >> text=事例集");
            assertThat(page.locator("h1")).hasText("公表事例集");
            page.click("text=公表文の取り込み");
            page.fill("textarea[name=text]", Files.readString(LIBRARY.resolve("dental-usb-loss.txt")));
            page.setInputFiles("input[name=files]", LIBRARY.resolve("bookshop-misdelivery.txt"));
            page.fill("input[name=sector]", "医療・出版");
            page.click("main form button[type=submit]");
            assertThat(page.locator(".notice")).containsText("2 件の公表文を取り込みました");

            page.fill("input[name=q]", "USBメモリ");
            page.press("input[name=q]", "Enter");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=USB.*"));
            assertThat(page.locator("tbody tr")).hasCount(1);
            assertThat(page.locator("tbody")).containsText("ひまわり歯科");

            page.fill("input[name=q]", "誤送付");
            page.press("input[name=q]", "Enter");
            assertThat(page.locator("tbody tr")).hasCount(1);
            page.click("tbody a");
            assertThat(page.locator("main")).containsText("株式会社ナギサ物流");
            assertThat(page.locator("main section h3").first()).isVisible();
            assertThat(page.locator("a[href$='veris.json']")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "case.png")).setFullPage(true));

            page.navigate("http://localhost:" + port + "/casebook/stats");
            assertThat(page.locator("svg").first()).isVisible();
        }
    }
}
