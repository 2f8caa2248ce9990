package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.testsupport.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A member subscribes a calendar app to the demo's deadlines: the app fetches the private address with no cookie
 * and no header, sees only its workspace's deadlines with links on the configured public address, and loses access
 * when the address is replaced or revoked or the account is disabled.
 */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"itaku.base-url=https://itaku.example.jp/",
        "spring.datasource.url=jdbc:h2:mem:itaku-calendar-feed;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class CalendarFeedWebTest {

    static final String PASSWORD = "Kx7#mQ2!vW9z";

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** A calendar app: no cookies, no credentials, just the address. */
    final HttpClient calendarApp = HttpClient.newHttpClient();

    @Test
    void aCalendarAppReadsTheWorkspacesDeadlinesByThePrivateAddressUntilItIsRevoked() throws Exception {
        demo.load(new PrintStream(OutputStream.nullOutputStream()));
        long demoWorkspace = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(DemoLoader.WORKSPACE)
                .query(Long.class).single();
        String email = member(demoWorkspace, Role.AUDITOR);
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(email, PASSWORD);

        String page = browser.get("/incidents/calendar").body();
        assertThat(page).contains("配信URLはまだありません。");
        String address = issue(browser, page);
        assertThat(address).startsWith("http://localhost:" + port + "/calendar/feed/itkcal_").endsWith(".ics");
        // Only a hash is kept: the secret is nowhere in the database.
        String secret = address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE token_hash LIKE ?").param("%" + secret + "%")
                .query(Long.class).single()).isZero();

        HttpResponse<String> feed = fetch(address);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "労務手続SaaS")
                .contains("URL:https://itaku.example.jp/incidents/").doesNotContain("localhost");
        assertThat(browser.get("/incidents/calendar").body()).contains("配信URLは有効です");

        // A new address replaces the old one.
        String replacement = issue(browser, browser.get("/incidents/calendar").body());
        assertThat(fetch(address).statusCode()).isEqualTo(404);
        assertThat(fetch(replacement).statusCode()).isEqualTo(200);

        String revokePage = browser.get("/incidents/calendar").body();
        assertThat(browser.post("/incidents/calendar/feed/revoke", revokePage, Map.of()).statusCode()).isEqualTo(302);
        assertThat(fetch(replacement).statusCode()).isEqualTo(404);
        assertThat(fetch(address.replace("itkcal_", "itkcal_x")).statusCode()).isEqualTo(404);

        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE workspace_id = ? AND action LIKE 'calendar-feed.%' "
                + "ORDER BY seq").param(demoWorkspace).query(String.class).list())
                .containsExactly("calendar-feed.create", "calendar-feed.read", "calendar-feed.create", "calendar-feed.read",
                        "calendar-feed.revoke");
    }

    @Test
    void aFeedCarriesOnlyItsOwnWorkspaceAndStopsWhenTheAccountIsDisabled() throws Exception {
        long otherWorkspace = accounts.createWorkspace("カレンダー別組織 " + UUID.randomUUID());
        String email = member(otherWorkspace, Role.STAFF);
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(email, PASSWORD);
        String address = issue(browser, browser.get("/incidents/calendar").body());

        HttpResponse<String> feed = fetch(address);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("BEGIN:VCALENDAR").doesNotContain("VEVENT");

        accounts.disable(otherWorkspace, accounts.findUserId(email).orElseThrow());
        assertThat(fetch(address).statusCode()).isEqualTo(404);
    }

    private String issue(HttpBrowser browser, String page) throws Exception {
        HttpResponse<String> issued = browser.post("/incidents/calendar/feed", page, Map.of());
        assertThat(issued.statusCode()).isEqualTo(302);
        String shown = browser.get("/incidents/calendar").body();
        Matcher url = Pattern.compile("id=\"feed-url\">([^<]+)<").matcher(shown);
        assertThat(url.find()).as("the new address is shown once").isTrue();
        assertThat(browser.get("/incidents/calendar").body()).doesNotContain("id=\"feed-url\"");
        return url.group(1);
    }

    private HttpResponse<String> fetch(String address) throws Exception {
        return calendarApp.send(HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String member(long workspaceId, Role role) {
        String email = "cal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(workspaceId, email, "暦 次郎", PASSWORD.toCharArray(), role);
        return email;
    }
}
