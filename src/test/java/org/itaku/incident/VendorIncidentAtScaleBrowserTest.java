package org.itaku.incident;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.itaku.ItakuApplication;
import org.itaku.entrustment.BenchRegister;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.testsupport.Chromium;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.JapanTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * The 2023 incident at its real size, in a real browser: the invented mk register (a SaaS vendor, 3,400 offices,
 * 170,000 clients), ransomware at the vendor, the vendor's notice to every office and every office's relay to its
 * clients, so that 173,401 parties are decided. A member then opens each page an officer would: the dashboard, the
 * incident (summary first, one page of parties), a page deep in the clients, the documents, the open obligations and
 * the vendor's impact. Each answers, shows the whole case's counts and stays small; none lists 170,000 rows. Timing
 * is the benchmark's job ({@code itaku bench incident --scale mk}), not this test's.
 *
 * <p>Runs in a JVM of its own (the pom's {@code mk-scale} execution) on an H2 file database, as the product does, in
 * {@code target/mk-browser-db} (about 2 GB), which each run starts by emptying.
 */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/mk-browser-db/itaku;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;QUERY_CACHE_SIZE=64",
    "itaku.password.bcrypt-cost=4"})
@DirtiesContext
class VendorIncidentAtScaleBrowserTest {

    static final String PASSWORD = "Mk7#rV2!qL9z";
    /** Far above any page at office scale (tens of KB), far below a page that lists every party (megabytes). */
    static final int PAGE_BYTES = 1_000_000;
    static final Path DATABASE = Path.of("target", "mk-browser-db");

    static {
        // Before Spring opens the database: the last run's case would otherwise be found again.
        FileSystemUtils.deleteRecursively(DATABASE.toFile());
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    BenchRegister bench;
    @Autowired
    Incidents incidents;

    @Test
    void everyPageOfTheVendorIncidentOpensSummarisedAndPaged() {
        long ws = accounts.createWorkspace("mk 規模の事案 " + UUID.randomUUID().toString().substring(0, 8));
        BenchRegister.Generated g = bench.generate(ws, BenchRegister.Scale.MK);
        LocalDate today = incidents.today();
        long id = incidents.create(ws, new IncidentFacts("労務手続SaaSへのランサムウェア攻撃", g.vendorId(), BreachEvent.LEAK,
                Certainty.POSSIBLE, Discoverer.SELF, today.minusDays(3), today.minusDays(2), null,
                Set.of(IncidentType.RANSOMWARE), "サーバーのファイルが暗号化された", Set.of(), null, false, false, false,
                Set.of(), null), null, "試験");
        Instant vendorNotice = today.minusDays(1).atTime(10, 0).atZone(JapanTime.ZONE).toInstant();
        assertThat(incidents.notifyPrincipals(ws, id, g.vendorId(), vendorNotice, null, "試験")).isEqualTo(3_400);
        assertThat(incidents.relayNotices(ws, id, 1, vendorNotice.plusSeconds(5 * 3600), null, "試験"))
                .isEqualTo(170_000);
        String email = "mk-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(ws, email, "規模 試験", PASSWORD.toCharArray(), Role.STAFF);

        try (Chromium chromium = Chromium.launch(); BrowserContext context = chromium.browser()
                .newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            Chromium.signIn(page, port, email, PASSWORD);
            // The dashboard: the first deadlines of 173,401 parties, and how many more.
            assertThat(page.locator("#agenda")).containsText("ほかに");
            assertThat(page.locator("#open-incidents")).containsText("労務手続SaaSへのランサムウェア攻撃");

            // The incident: counts per level first (3,400 offices, 170,000 clients, all decided), then one page.
            open(page, "/incidents/" + id);
            assertThat(page.locator("h1")).hasText("労務手続SaaSへのランサムウェア攻撃");
            assertThat(page.locator("table.summary")).containsText("3,400");
            assertThat(page.locator("table.summary")).containsText("170,000");
            assertThat(page.locator("p.hint").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("者中"))).containsText("173,401 者中 1 /");
            assertThat(page.locator("section.party").count()).isBetween(1, 100);

            // Page 101 of the clients, reached through the filter form's query.
            open(page, "/incidents/" + id + "?distance=2&page=100");
            assertThat(page.locator("p.hint").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("者中"))).containsText("170,000 者中 101 /");
            assertThat(page.locator("section.party").count()).isBetween(1, 100);

            open(page, "/incidents/" + id + "/documents");
            assertThat(page.locator("h1")).hasText("報告書・通知文書");

            open(page, "/incidents/" + id + "/obligations?status=OPEN&page=50");
            assertThat(page.locator("h1")).hasText("義務の一覧");
            assertThat(page.locator("table tbody tr").count()).isBetween(1, 200);

            open(page, "/register/operators/" + g.vendorId() + "/impact");
            assertThat(page.locator("main")).containsText("170,000");
        }
    }

    private void open(Page page, String path) {
        Response response = page.navigate("http://localhost:" + port + path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.body().length).as(path + " in bytes").isLessThan(PAGE_BYTES);
    }
}
