package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.itaku.casebook.Casebook;
import org.itaku.casebook.NoticeSource;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.testsupport.HttpBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Walks every page an officer can reach from the dashboard of the demo (following links, a few of each kind), and
 * the public pages without signing in, in Japanese, over real HTTP against the running server. A page fails when
 * its visible text shows an internal code (an enum constant, a snake_case field, an audit action, an ISO
 * timestamp, true/false), an English legal citation, a run of English words, or a stack trace. Data a person
 * typed or a machine sent (e-mail addresses, user agents, notice text) is shown in {@code <code>}, {@code <pre>} or
 * an element marked {@code translate="no"}, which the check leaves out. The rendered report drafts are the document
 * module's own text and are checked by its golden tests, not here.
 */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:itaku-pages-ja;DB_CLOSE_DELAY=-1;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInJapaneseTest {

    static final String PASSWORD = "Kx7#mQ2!vW9z";
    /** Links to files (uploaded evidence included) and to actions that end the session are not pages to read. */
    static final Pattern NOT_A_PAGE = Pattern.compile(
            "logout|lang=|/api/|/evidence/|\\.(pdf|docx|zip|xlsx|csv|ics|json|jsonl|png|css|js)(\\?|$)|format=|/documents/\\d+/");
    static final int SAME_KIND_LIMIT = 3;

    static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");
    static final Pattern SNAKE_CODE = Pattern.compile("\\b[a-z]+(?:_[a-z0-9]+)+\\b");
    static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    static final Pattern BOOLEAN = Pattern.compile("\\b(?:true|false|null)\\b");
    /** A rule set's id ("appi-2024-04"): pages name the version by the day it took effect. */
    static final Pattern RULE_SET = Pattern.compile("\\bappi-\\d{4}-\\d{2}\\b");
    static final Pattern CITATION = Pattern.compile("\\bArt\\.|\\bproviso\\b|\\bGL \\d");
    static final Pattern ENGLISH_RUN = Pattern.compile("\\b[A-Za-z][a-z]{2,}(?:[ ,][A-Za-z][a-z]+){2,}\\b");
    static final Pattern STACK_TRACE = Pattern.compile("Exception|\\bat (?:org|java|jakarta)\\.|Whitelabel|Caused by");

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    Accounts accounts;
    @Autowired
    Casebook casebook;
    @Autowired
    JdbcClient jdbc;

    Set<String> auditActions;

    @BeforeAll
    void demoWithACaseInTheLibrary() throws IOException {
        demo.load(new PrintStream(OutputStream.nullOutputStream()));
        long workspaceId = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(DemoLoader.WORKSPACE)
                .query(Long.class).single();
        casebook.importNotices(workspaceId, List.of(new NoticeSource("ec-card-skimming.txt",
                Files.readString(Path.of("src/test/resources/casebook/ec-card-skimming.txt")))), null, null);
        Properties audit = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/audit.properties")) {
            audit.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        auditActions = audit.stringPropertyNames().stream().filter(k -> k.startsWith("audit.action."))
                .map(k -> k.substring("audit.action.".length())).collect(Collectors.toSet());
    }

    @Test
    void everyPageAnOfficerReachesSpeaksJapanese() throws Exception {
        long workspaceId = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(DemoLoader.WORKSPACE)
                .query(Long.class).single();
        String email = "walker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(workspaceId, email, "巡回 太郎", PASSWORD.toCharArray(), Role.ADMIN);
        Browser officer = new Browser();
        officer.http.signInAndEnrol(email, PASSWORD);

        Map<String, List<String>> problems = new java.util.TreeMap<>();
        Set<String> visited = officer.walk("/", problems);
        // Pages that need an id nobody links to without data, and the error pages a person meets.
        for (String extra : List.of("/account", "/account/password", "/no-such-page", "/incidents/999999",
                "/register/operators/999999", "/casebook/999999")) {
            if (visited.add(extra)) {
                officer.check(extra, problems);
            }
        }

        assertThat(visited).as("the walk reached the pages of every module").contains("/register", "/incidents",
                "/casebook", "/audit", "/admin/accounts", "/obligations/check", "/register/watch");
        assertThat(visited.stream().filter(p -> p.matches("/incidents/\\d+"))).isNotEmpty();
        assertThat(visited.stream().filter(p -> p.matches("/casebook/\\d+"))).isNotEmpty();
        assertThat(problems).as("pages that show codes, English or a stack trace").isEmpty();
    }

    @Test
    void publicPagesAndErrorsSpeakJapaneseWithoutSigningIn() throws Exception {
        Browser anonymous = new Browser();
        Map<String, List<String>> problems = new java.util.TreeMap<>();
        for (String path : List.of("/login", "/login?error", "/login?signedOut", "/setup?token=wrong")) {
            anonymous.check(path, problems);
        }
        HttpResponse<String> missing = anonymous.get("/css/none.css");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingPageIsAJapaneseErrorPageWithoutDetailsOfTheServer() throws Exception {
        long workspaceId = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(DemoLoader.WORKSPACE)
                .query(Long.class).single();
        String email = "lost-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(workspaceId, email, "迷子 花子", PASSWORD.toCharArray(), Role.STAFF);
        Browser staff = new Browser();
        staff.http.signIn(email, PASSWORD);

        HttpResponse<String> notFound = staff.get("/incidents/999999");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("ページが見つかりません").doesNotContain("Whitelabel", "Exception");

        HttpResponse<String> forbidden = staff.get("/admin/devices");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("このページを開く権限がありません");
    }

    /** A browser that walks pages and notes what a Japanese reader should not see on them. */
    final class Browser {
        final HttpBrowser http = new HttpBrowser(port);

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.get(path);
        }

        Set<String> walk(String start, Map<String, List<String>> problems) throws IOException, InterruptedException {
            Set<String> visited = new LinkedHashSet<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            Map<String, Integer> kinds = new HashMap<>();
            while (!queue.isEmpty()) {
                String path = queue.poll();
                if (!visited.add(path)) {
                    continue;
                }
                String page = check(path, problems);
                Matcher link = Pattern.compile("href=\"(/[^\"#]*)\"").matcher(page);
                while (link.find()) {
                    String href = link.group(1).replace("&amp;", "&");
                    String kind = href.replaceAll("\\d+", "N");
                    if (!NOT_A_PAGE.matcher(href).find() && !visited.contains(href) && !queue.contains(href)
                            && kinds.merge(kind, 1, Integer::sum) <= SAME_KIND_LIMIT) {
                        queue.add(href);
                    }
                }
            }
            return visited;
        }

        /** Reads one page and notes what a Japanese reader should not see on it; returns the HTML. */
        String check(String path, Map<String, List<String>> problems) throws IOException, InterruptedException {
            HttpResponse<String> response = get(path);
            List<String> found = new ArrayList<>();
            if (response.statusCode() >= 300 && response.statusCode() < 400) {
                return "";
            }
            String text = visibleText(response.body());
            if (!text.matches("(?s).*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*")) {
                found.add("no Japanese at all");
            }
            for (Pattern p : List.of(ENUM_CODE, SNAKE_CODE, ISO_TIME, BOOLEAN, RULE_SET, CITATION, ENGLISH_RUN, STACK_TRACE)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(m.group());
                }
            }
            Matcher word = Pattern.compile("(?<![\\w@./-])[a-z]+(?:[-.][a-z]+)+(?![\\w@/-])").matcher(text);
            while (word.find()) {
                if (auditActions.contains(word.group())) {
                    found.add(word.group());
                }
            }
            if (!found.isEmpty()) {
                problems.put(path + " (" + response.statusCode() + ")", found.stream().distinct().limit(12).toList());
            }
            return response.body();
        }
    }

    /** The text a reader sees: no markup, scripts or styles, and no data shown as data. */
    static String visibleText(String html) {
        String text = html.replaceAll("(?s)<(script|style|code|pre|kbd|textarea)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<(\\w+)[^>]*translate=\"no\"[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]+>", " ");
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ");
        // E-mail addresses and web addresses are data, whatever the page's language.
        return text.replaceAll("[\\w.+-]+@[\\w.-]+", " ").replaceAll("https?://\\S+", " ");
    }
}
