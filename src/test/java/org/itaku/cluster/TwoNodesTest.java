package org.itaku.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.ItakuApplication;
import org.itaku.casebook.Casebook;
import org.itaku.casebook.NoticeSource;
import org.itaku.vocabulary.DataItem;
import org.itaku.entrustment.Encryption;
import org.itaku.entrustment.EndOfContract;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Operator;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.StorageLocation;
import org.itaku.identity.Accounts;
import org.itaku.identity.ApiTokens;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.Incidents;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.testsupport.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * Two application nodes, each with its own web server, on one PostgreSQL database, as behind a load balancer:
 * a signed-in user's requests alternate between them, a register change made on one node shows on the other,
 * a case imported on one is found by a search on the other, the reminder job (scheduled every second on both)
 * mails each reminder once, and "sign out everywhere" on one node ends the session on the other.
 */
class TwoNodesTest {

    static final String PASSWORD = "Kx7#mQ2!vW9z";

    static GreenMail mail;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static String urlA;
    static String urlB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        EmbeddedPostgres pg = PostgresServer.server();
        String database = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String jdbcUrl = pg.getJdbcUrl("postgres", database);
        nodeA = node(jdbcUrl, "node-a");
        nodeB = node(jdbcUrl, "node-b");
        urlA = "http://127.0.0.1:" + nodeA.getEnvironment().getProperty("local.server.port");
        urlB = "http://127.0.0.1:" + nodeB.getEnvironment().getProperty("local.server.port");
    }

    static ConfigurableApplicationContext node(String jdbcUrl, String name) {
        // As command-line arguments: they outrank application.properties (builder default properties do not).
        return new SpringApplicationBuilder(ItakuApplication.class).run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.application.name=" + name,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--itaku.secret-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "--itaku.password.bcrypt-cost=4",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--spring.mail.default-encoding=UTF-8",
                // Every second on both nodes: only the ShedLock holder runs it.
                "--itaku.incident.reminder-cron=* * * * * *",
                "--logging.level.root=warn");
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /** A browser: one cookie store for both nodes (they share a host name, as behind one load balancer). */
    static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String url) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String url, String... pairs) throws Exception {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static String csrf(HttpResponse<String> page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("a form with a CSRF token on " + page.uri()).isTrue();
        return m.group(1);
    }

    record Chain(long vendor, long office, long client) {
    }

    /** A client entrusts to an office, which entrusts to a vendor holding 300 persons of the office's. */
    static Chain chain(Register register, long ws, String vendor, String office, String client) {
        long v = register.createOperator(ws, operator(vendor));
        long o = register.createOperator(ws, operator(office));
        long c = register.createOperator(ws, operator(client));
        register.createEntrustment(ws, entrust(o, v));
        register.createEntrustment(ws, entrust(c, o));
        register.createHolding(ws, holding(v, o, 300));
        return new Chain(v, o, c);
    }

    static <T> T bean(ConfigurableApplicationContext node, Class<T> type) {
        return node.getBean(type);
    }

    @Test
    void aSignedInUserMovesFreelyBetweenNodesAndSeesOneDatabase() throws Exception {
        Accounts accounts = bean(nodeA, Accounts.class);
        long ws = accounts.createWorkspace("二台構成試験");
        String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(ws, email, "担当 一郎", PASSWORD.toCharArray(), Role.STAFF);

        Register onA = bean(nodeA, Register.class);
        Chain chain = chain(onA, ws, "クラウド給与株式会社", "ひかり社会保険労務士事務所", "株式会社こだま商店");
        long vendor = chain.vendor();
        long office = chain.office();

        // The sign-in form comes from node A, the password goes to node B: the CSRF token and the session are shared.
        Browser browser = new Browser();
        HttpResponse<String> form = browser.get(urlA + "/login");
        HttpResponse<String> signIn = browser.postForm(urlB + "/login", "username", email, "password", PASSWORD,
                "_csrf", csrf(form));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String cookie = String.join(";", signIn.headers().allValues("Set-Cookie"));
        assertThat(cookie).contains("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        JdbcClient db = bean(nodeA, JdbcClient.class);
        String lastAccess = "SELECT last_access_time FROM spring_session WHERE principal_name = ?";
        Long storedAccess = null;
        for (int i = 0; i < 6; i++) {
            String node = i % 2 == 0 ? urlA : urlB;
            for (String path : List.of("/", "/register", "/api/register/operators")) {
                HttpResponse<String> page = browser.get(node + path);
                assertThat(page.statusCode()).as(node + path).isEqualTo(200);
            }
            if (storedAccess == null) {
                storedAccess = db.sql(lastAccess).param(email).query(Long.class).single();
            }
        }
        // Pages that only read the session within a minute of its last stored access do not write it again.
        assertThat(db.sql(lastAccess).param(email).query(Long.class).single()).isEqualTo(storedAccess);

        // A token call from the same client neither renews nor writes the session its cookie names.
        String sessionId = "SELECT session_id FROM spring_session WHERE principal_name = ?";
        String before = db.sql(sessionId).param(email).query(String.class).single();
        WorkspaceMember member = accounts.memberships(accounts.findUserId(email).orElseThrow()).get(0);
        String token = bean(nodeA, ApiTokens.class).issue(member, "二台構成試験", ApiTokens.Scope.read,
                Duration.ofDays(1)).token();
        HttpResponse<String> withToken = browser.http.send(HttpRequest.newBuilder(URI.create(urlB
                + "/api/register/operators")).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(db.sql(sessionId).param(email).query(String.class).single()).isEqualTo(before);
        assertThat(browser.get(urlA + "/").statusCode()).isEqualTo(200);

        // Node A answers an impact question (and keeps the graph); node B adds a second client; node A sees it.
        assertThat(browser.get(urlA + "/api/register/operators/" + vendor + "/impact").body())
                .contains("株式会社こだま商店").doesNotContain("株式会社やまびこ工務店");
        Register onB = bean(nodeB, Register.class);
        long second = onB.createOperator(ws, operator("株式会社やまびこ工務店"));
        onB.createEntrustment(ws, entrust(second, office));
        assertThat(browser.get(urlA + "/api/register/operators/" + vendor + "/impact").body())
                .contains("株式会社こだま商店").contains("株式会社やまびこ工務店");
        assertThat(browser.get(urlA + "/register/operators/" + second).statusCode()).isEqualTo(200);

        // The case library: a search on A builds A's index; a case imported on B is found on A next time.
        Casebook libraryA = bean(nodeA, Casebook.class);
        Casebook libraryB = bean(nodeB, Casebook.class);
        assertThat(libraryA.search(ws, "誤送信", null, 10)).isEmpty();
        libraryB.importNotices(ws, List.of(new NoticeSource("notice.txt", """
                お客様情報を含むメールの誤送信に関するお詫び
                2025年6月2日
                株式会社こだま商店
                当社従業員が、お客様12名のメールアドレスを宛先に表示した状態でメールを誤送信いたしました。
                """)), null, null);
        assertThat(libraryA.search(ws, "誤送信", null, 10)).hasSize(1);

        // "Sign out everywhere" on node B ends the session that node A was serving.
        HttpResponse<String> home = browser.get(urlB + "/");
        assertThat(browser.postForm(urlB + "/account/sign-out-everywhere", "_csrf", csrf(home)).statusCode()).isEqualTo(302);
        HttpResponse<String> after = browser.get(urlA + "/register");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void theReminderJobRunsOnOneNodeAtATimeAndMailsEachReminderOnce() throws Exception {
        Accounts accounts = bean(nodeA, Accounts.class);
        long ws = accounts.createWorkspace("二台構成 督促試験");
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(ws, officer, "保護管理者 花子", PASSWORD.toCharArray(), Role.OFFICER);
        Register register = bean(nodeB, Register.class);
        long self = register.createOperator(ws, operator("株式会社みなと通販"));
        register.createHolding(ws, holding(self, self, 1500));
        Incidents incidents = bean(nodeB, Incidents.class);
        // Found four days ago: the 速報 (within 3–5 days) is due now, so a reminder is owed at once.
        LocalDate found = incidents.today().minusDays(4);
        incidents.create(ws, new IncidentFacts("メール誤送信", self, BreachEvent.LEAK, Certainty.CONFIRMED,
                org.itaku.vocabulary.Discoverer.SELF, found, found, null, Set.of(IncidentType.MISDELIVERY), "宛先の誤り",
                Set.of(), null, false, false, false, Set.of(), null), null, "担当");

        List<String> first = waitForMailTo(officer, Duration.ofSeconds(60));
        assertThat(first).isNotEmpty().doesNotHaveDuplicates();
        // Both nodes keep firing every second; nothing more arrives.
        Thread.sleep(4000);
        assertThat(subjectsTo(officer)).containsExactlyInAnyOrderElementsOf(first);
        assertThat(JdbcClient.create(nodeA.getBean(javax.sql.DataSource.class))
                .sql("SELECT COUNT(*) FROM shedlock WHERE name = 'incident-reminders'").query(Integer.class).single())
                .isEqualTo(1);
    }

    /**
     * Each node keeps a case's parties after its own change (KeptParties); a change on the other node is read, not
     * overwritten: B's notice is on A's parties when A records the next one, and both are on B's.
     */
    @Test
    void aCaseChangedOnOneNodeIsChangedOnTheOther() {
        long ws = bean(nodeA, Accounts.class).createWorkspace("二台構成 事案試験");
        Register register = bean(nodeA, Register.class);
        Chain chain = chain(register, ws, "クラウド勤怠株式会社", "みさき社会保険労務士事務所", "株式会社しおさい物産");
        long vendor = chain.vendor();
        long office = chain.office();
        long client = chain.client();
        register.createHolding(ws, holding(office, client, 40));
        Incidents onA = bean(nodeA, Incidents.class);
        Incidents onB = bean(nodeB, Incidents.class);
        LocalDate found = onA.today().minusDays(1);
        long id = onA.create(ws, new IncidentFacts("ランサムウェア被害", vendor, BreachEvent.LEAK, Certainty.POSSIBLE,
                org.itaku.vocabulary.Discoverer.SELF, found, found, null, Set.of(IncidentType.RANSOMWARE), "暗号化",
                Set.of(), null, false, false, false, Set.of(), null), null, "担当");
        assertThat(onA.view(ws, id).parties()).allMatch(v -> v.party().noticeReceivedAt() == null);

        onB.notifyPrincipals(ws, id, vendor, null, "担当");
        onA.notifyPrincipals(ws, id, office, null, "担当");

        for (Incidents node : List.of(onA, onB)) {
            java.util.Map<Long, org.itaku.incident.Party> parties = new java.util.HashMap<>();
            node.view(ws, id).parties().forEach(v -> parties.put(v.party().operatorId(), v.party()));
            assertThat(parties.get(office).noticeReceivedFrom()).isEqualTo(vendor);
            assertThat(parties.get(client).noticeReceivedFrom()).isEqualTo(office);
            assertThat(parties.get(vendor).notifiedPrincipalsAt()).isNotNull();
        }
    }

    static List<String> waitForMailTo(String address, Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        List<String> subjects = subjectsTo(address);
        while (subjects.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(250);
            subjects = subjectsTo(address);
        }
        Thread.sleep(1500); // the run that sent the first mail may still be sending the others
        return subjectsTo(address);
    }

    static List<String> subjectsTo(String address) throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().contains(address))) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }

    static Operator operator(String name) {
        return new Operator(0, name, null, null, OperatorKind.PRIVATE, null, null, null, null, null, false);
    }

    static Entrustment entrust(long principal, long entrustee) {
        return new Entrustment(0, principal, entrustee, "給与計算", LocalDate.of(2024, 4, 1), null, true, "書面承認済み", 72,
                EndOfContract.DELETE, true, LocalDate.of(2025, 1, 10));
    }

    static Holding holding(long at, long principal, long persons) {
        return new Holding(0, at, principal, "従業員台帳", DataItem.parseList("NAME,ADDRESS,EMAIL"), null,
                PersonCount.exact(persons), "従業員", "給与クラウド", "JP", StorageLocation.CLOUD, Encryption.AT_REST,
                "AES-256", false, null, null, null, null, null);
    }
}
